package jp.kizuna.events.registration;

import java.time.Clock;
import java.util.EnumSet;

import jp.kizuna.events.event.Seats;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/** The event lifecycle's view of seats, kept in the {@link SeatLedger}. */
@Component
class LedgerSeats implements Seats {

    static final String EVENT_CANCELLED = "EVENT_CANCELLED";

    private final SeatLedger ledger;
    private final RegistrationRepository registrations;
    private final RegistrationSteps steps;
    private final Clock clock;

    LedgerSeats(SeatLedger ledger, RegistrationRepository registrations, RegistrationSteps steps, Clock clock) {
        this.ledger = ledger;
        this.registrations = registrations;
        this.steps = steps;
        this.clock = clock;
    }

    @Override
    public void open(String eventId, Integer capacity) {
        ledger.open(eventId, capacity);
    }

    @Override
    public boolean resize(String eventId, Integer capacity) {
        boolean resized = ledger.resize(eventId, capacity);
        if (resized) {
            steps.promoteWaiting(eventId);
        }
        return resized;
    }

    @Override
    public void cancelAll(String eventId, String reason, String by) {
        ledger.close(eventId);
        for (Registration registration : registrations.findByEventEventIdAndStatusIn(eventId,
                EnumSet.of(RegistrationStatus.REQUESTED, RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED))) {
            try {
                registration.cancel(EVENT_CANCELLED + ": " + reason, by, clock.instant());
                steps.release(registrations.save(registration));
            } catch (OptimisticLockingFailureException changedMeanwhile) {
                // being placed or cancelled right now: the closed ledger and the reconciler finish it
            }
        }
    }

    @Override
    public Occupancy occupancy(String eventId) {
        SeatLedger.Occupancy occupancy = ledger.occupancy(eventId);
        return new Occupancy(occupancy.capacity(), occupancy.confirmed(), occupancy.waitlisted(), occupancy.seatsLeft());
    }
}
