package jp.kizuna.events.registration;

import jp.kizuna.events.event.Seats;
import org.springframework.stereotype.Component;

/** The event lifecycle's view of seats, kept in the {@link SeatLedger}. */
@Component
class LedgerSeats implements Seats {

    static final String EVENT_CANCELLED = "EVENT_CANCELLED";

    private final SeatLedger ledger;
    private final RegistrationSteps steps;

    LedgerSeats(SeatLedger ledger, RegistrationSteps steps) {
        this.ledger = ledger;
        this.steps = steps;
    }

    @Override
    public void open(String eventId, Integer capacity) {
        ledger.open(eventId, capacity);
    }

    /** A capacity increase fills the new seats from the waitlist, in ticket order. */
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
        steps.cancelAll(eventId, EVENT_CANCELLED + ": " + reason, by);
    }

    @Override
    public Occupancy occupancy(String eventId) {
        SeatLedger.Occupancy occupancy = ledger.occupancy(eventId);
        return new Occupancy(occupancy.capacity(), occupancy.confirmed(), occupancy.waitlisted(), occupancy.seatsLeft());
    }
}
