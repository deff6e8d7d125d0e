package jp.kizuna.events.registration;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Finishes what a crash interrupted between a registration and its event's seat ledger: a sign-up
 * left REQUESTED is placed; a cancelled registration still holding a place gives it up; a
 * promotion the ledger made but the registration does not show is recorded; registrations of a
 * cancelled event are cancelled. Every step is idempotent, so running beside live traffic is safe.
 */
@Component
class RegistrationReconciler {

    private static final Logger log = LoggerFactory.getLogger(RegistrationReconciler.class);
    /** Younger unsettled registrations are still in the hands of their request. */
    private static final Duration GRACE = Duration.ofSeconds(10);

    private final RegistrationRepository registrations;
    private final RegistrationSteps steps;
    private final MongoTemplate mongo;
    private final Clock clock;

    RegistrationReconciler(RegistrationRepository registrations, RegistrationSteps steps, MongoTemplate mongo, Clock clock) {
        this.registrations = registrations;
        this.steps = steps;
        this.mongo = mongo;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${kizuna.events.reconcile-interval:PT15S}", initialDelayString = "${kizuna.events.reconcile-interval:PT15S}")
    void reconcile() {
        Instant before = clock.instant().minus(GRACE);
        int repaired = 0;
        for (Registration stuck : registrations.findBySettledFalseAndRequestedAtBefore(before)) {
            repaired += attempt(() -> {
                if (stuck.status() == RegistrationStatus.REQUESTED) {
                    steps.place(stuck);
                } else if (stuck.status() == RegistrationStatus.CANCELLED) {
                    steps.release(stuck);
                }
            });
        }
        for (Document ledger : mongo.find(new Query(), Document.class, SeatLedger.COLLECTION)) {
            String eventId = ledger.getString("_id");
            Document seats = ledger.get("seats", Document.class);
            if (!seats.isEmpty()) {
                for (Registration waiting : registrations.findByIdInAndStatus(seats.keySet(), RegistrationStatus.WAITLISTED)) {
                    repaired += attempt(() -> steps.confirmPromotion(waiting));
                }
            }
            if (ledger.getBoolean("closed", false)) {
                for (Registration active : registrations.findByEventEventIdAndStatusIn(eventId,
                        EnumSet.of(RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED))) {
                    repaired += attempt(() -> {
                        active.cancel(LedgerSeats.EVENT_CANCELLED, "system", clock.instant());
                        steps.release(registrations.save(active));
                    });
                }
            } else if (!ledger.get("waitlist", Document.class).isEmpty()) {
                steps.promoteWaiting(eventId);
            }
        }
        if (repaired > 0) {
            log.info("Reconciled {} registrations with their seat ledgers", repaired);
        }
    }

    private static int attempt(Runnable step) {
        try {
            step.run();
            return 1;
        } catch (OptimisticLockingFailureException changedMeanwhile) {
            return 0;
        }
    }
}
