package jp.kizuna.events.registration;

import java.time.Clock;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * The steps that keep a registration and its event's seat ledger in agreement, each safe to repeat:
 * placing a sign-up, giving up a cancelled one's place, promoting from the waitlist. The use cases,
 * the event's cancellation and the {@link RegistrationReconciler} all go through here.
 */
@Component
class RegistrationSteps {

    private final RegistrationRepository registrations;
    private final SeatLedger ledger;
    private final Clock clock;

    RegistrationSteps(RegistrationRepository registrations, SeatLedger ledger, Clock clock) {
        this.registrations = registrations;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** Takes a seat or a waitlist place for a requested registration and records which. */
    Registration place(Registration registration) {
        SeatLedger.Place place = ledger.place(registration.eventId(), registration.id(), registration.ticket());
        registration.placed(place, clock.instant());
        Registration saved = registrations.save(registration);
        if (place == SeatLedger.Place.WAITLIST) {
            // a seat may have been given up between the attempt to take one and joining the waitlist
            promoteWaiting(registration.eventId());
        }
        return registrations.findById(saved.id()).orElse(saved);
    }

    /** Gives up a cancelled registration's seat or waitlist place, then fills the seat from the waitlist. */
    Registration release(Registration cancelled) {
        ledger.release(cancelled.eventId(), cancelled.id());
        cancelled.released();
        Registration saved = registrations.save(cancelled);
        promoteWaiting(cancelled.eventId());
        return saved;
    }

    /** Moves waitlisted registrations to free seats, first come first served, while seats are free. */
    void promoteWaiting(String eventId) {
        Optional<String> next;
        while ((next = ledger.promoteNext(eventId)).isPresent()) {
            registrations.findById(next.get()).ifPresent(this::confirmPromotion);
        }
    }

    /** Records a promotion the ledger has made; a registration cancelled meanwhile gives the seat back. */
    void confirmPromotion(Registration registration) {
        switch (registration.status()) {
            case WAITLISTED -> {
                registration.promote(clock.instant());
                registrations.save(registration);
            }
            case CANCELLED -> ledger.release(registration.eventId(), registration.id());
            default -> {
                // REQUESTED: its own placing step records the seat; CONFIRMED: recorded already
            }
        }
    }
}
