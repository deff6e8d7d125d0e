package jp.kizuna.events.registration;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Finishes what a crash (or a request that stalled) left between registrations and their event's
 * seat counter: a sign-up left REQUESTED is taken over and placed; a journal entry of a placement
 * that will never be recorded is reversed, one already recorded is removed; a lock whose holder's
 * lease ran out is taken over and its step finished; free seats go to the waitlist; registrations
 * of a cancelled event are cancelled. Every step is idempotent and takes over rather than races,
 * so running beside live traffic, and on every replica, is safe.
 */
@Component
class RegistrationReconciler {

    private static final Logger log = LoggerFactory.getLogger(RegistrationReconciler.class);
    /** Younger unsettled registrations and journal entries are still in the hands of their request. */
    static final Duration GRACE = Duration.ofSeconds(10);

    private final RegistrationRepository registrations;
    private final RegistrationSteps steps;
    private final SeatLedger ledger;
    private final Clock clock;

    RegistrationReconciler(RegistrationRepository registrations, RegistrationSteps steps, SeatLedger ledger, Clock clock) {
        this.registrations = registrations;
        this.steps = steps;
        this.ledger = ledger;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${kizuna.events.reconcile-interval:PT15S}", initialDelayString = "${kizuna.events.reconcile-interval:PT15S}")
    void reconcile() {
        Instant now = clock.instant();
        Instant before = now.minus(GRACE);
        int repaired = 0;
        for (Registration stuck : registrations.findBySettledFalseAndRequestedAtBefore(before)) {
            if (stuck.status() == RegistrationStatus.REQUESTED) {
                repaired += attempt(() -> steps.resume(stuck));
            }
        }
        for (SeatCounter counter : ledger.all()) {
            try {
                repaired += reconcile(counter, now, before);
            } catch (RuntimeException e) {
                log.warn("Could not reconcile the seats of event {}; trying again next time", counter.eventId(), e);
            }
        }
        if (repaired > 0) {
            log.info("Reconciled {} registrations and seat counters", repaired);
        }
    }

    private int reconcile(SeatCounter counter, Instant now, Instant before) {
        String eventId = counter.eventId();
        int repaired = steps.tidy(counter, before);
        if (counter.lock() != null && counter.lock().until().isBefore(now)) {
            repaired += steps.recoverLock(eventId) ? 1 : 0;
        }
        SeatCounter current = ledger.read(eventId);
        if (current.closed() && (current.seatsHeld() > 0 || current.waiting() > 0)) {
            repaired += steps.cancelAll(eventId, LedgerSeats.EVENT_CANCELLED, "system");
        } else if (current.promotable()) {
            repaired += steps.promoteWaiting(eventId);
        }
        return repaired;
    }

    private static int attempt(Runnable step) {
        try {
            step.run();
            return 1;
        } catch (OptimisticLockingFailureException changedMeanwhile) {
            return 0;
        } catch (RuntimeException e) {
            log.warn("Could not finish a registration's placement; trying again next time", e);
            return 0;
        }
    }
}
