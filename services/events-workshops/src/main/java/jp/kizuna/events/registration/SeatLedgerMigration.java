package jp.kizuna.events.registration;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Moves the data of the first seat ledger (one document per event in {@code seat_ledgers} holding
 * every seat and waitlist entry as a map) to the seat counters, once, at start-up: before the web
 * server takes requests and before the indexes are created (the new unique index needs the keys
 * written here). Safe to repeat and to run on two replicas at once: each change is conditional, the
 * counter is created only if absent and the old document is moved away last. Versions before this
 * one must not run beside it (docs/operations.md: scale the service to zero for this upgrade).
 *
 * <ol>
 * <li>Every registration without a {@code personKey} gets one (and its {@code contactKey}):
 *     {@code account:<subject>} for an online one, {@code entry:<id>} for one staff entered (old
 *     entries are not merged retroactively), {@code cancelled:<id>} once cancelled. Their ids stay
 *     as they are: they are in published events and attendance records already (ADR 0003).</li>
 * <li>Per old ledger, registrations are brought into agreement with it, as its reconciler would
 *     have: a sign-up it placed but that still says REQUESTED records its place; a waitlisted one it
 *     moved to a seat records the promotion; a cancellation whose place it still held is settled
 *     (the place is not carried over). A sign-up it never placed stays REQUESTED: the reconciler
 *     places it at the back.</li>
 * <li>The counter is built from the registrations so agreed (seats held = CONFIRMED, waiting =
 *     WAITLISTED, the ticket numbering continued), then the old document moves to
 *     {@code seat_ledgers_migrated}, for the record.</li>
 * </ol>
 */
@Component
class SeatLedgerMigration implements SmartInitializingSingleton {

    static final String LEGACY_COLLECTION = "seat_ledgers";
    /** Where a moved ledger is kept, for the record; nothing reads it. */
    static final String MOVED_COLLECTION = "seat_ledgers_migrated";
    private static final Logger log = LoggerFactory.getLogger(SeatLedgerMigration.class);

    private final MongoTemplate mongo;
    private final RegistrationRepository registrations;
    private final SeatLedger ledger;
    private final Clock clock;

    SeatLedgerMigration(MongoTemplate mongo, RegistrationRepository registrations, SeatLedger ledger, Clock clock) {
        this.mongo = mongo;
        this.registrations = registrations;
        this.ledger = ledger;
        this.clock = clock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        migrate();
    }

    void migrate() {
        int keyed = addPersonKeys();
        int ledgers = 0;
        for (Document legacy : mongo.find(new Query(), Document.class, LEGACY_COLLECTION)) {
            migrate(legacy);
            ledgers++;
        }
        if (keyed > 0 || ledgers > 0) {
            log.info("Seat ledger migration: {} registrations keyed, {} event ledgers moved to seat counters", keyed, ledgers);
        }
    }

    private int addPersonKeys() {
        int keyed = 0;
        Query unkeyed = Query.query(Criteria.where("personKey").exists(false));
        for (Document registration : mongo.find(unkeyed, Document.class, "registrations")) {
            String id = registration.getString("_id");
            String subject = registration.getString("subject");
            Document registrant = registration.get("registrant", Document.class);
            String personKey = RegistrationStatus.CANCELLED.name().equals(registration.getString("status"))
                    ? PersonKeys.cancelled(id) : subject != null ? PersonKeys.account(subject) : PersonKeys.entry(id);
            String contactKey = registrant == null ? "|"
                    : PersonKeys.contactKey(registrant.getString("name"), registrant.getString("phone"));
            keyed += (int) mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and("personKey").exists(false)),
                    new Update().set("personKey", personKey).set("contactKey", contactKey), "registrations")
                    .getModifiedCount();
        }
        return keyed;
    }

    private void migrate(Document legacy) {
        String eventId = legacy.getString("_id");
        Map<String, Object> seats = legacy.get("seats", Document.class);
        Map<String, Object> waitlist = legacy.get("waitlist", Document.class);
        for (Registration registration : registrations.findByEventEventIdAndStatusIn(eventId,
                List.of(RegistrationStatus.values()))) {
            agree(registration, seats.containsKey(registration.id()), waitlist.containsKey(registration.id()));
        }
        List<Registration> all = registrations.findByEventEventIdAndStatusIn(eventId, List.of(RegistrationStatus.values()));
        int confirmed = (int) all.stream().filter(r -> r.status() == RegistrationStatus.CONFIRMED).count();
        int waiting = (int) all.stream().filter(r -> r.status() == RegistrationStatus.WAITLISTED).count();
        long lastTicket = Math.max(legacy.get("nextTicket", Number.class).longValue(),
                all.stream().mapToLong(Registration::ticket).max().orElse(0));
        int capacity = legacy.get("capacity", Number.class).intValue();
        ledger.create(eventId, capacity, capacity - confirmed, waiting, lastTicket, legacy.getBoolean("closed", false));
        try {
            mongo.insert(legacy, MOVED_COLLECTION);
        } catch (DuplicateKeyException keptBefore) {
            // an earlier run kept it and stopped before the removal
        }
        mongo.remove(Query.query(Criteria.where("_id").is(eventId)), LEGACY_COLLECTION);
    }

    private void agree(Registration registration, boolean seated, boolean waiting) {
        for (int attempt = 0; attempt < 3; attempt++) {
            Registration current = attempt == 0 ? registration : registrations.findById(registration.id()).orElseThrow();
            try {
                switch (current.status()) {
                    case REQUESTED -> {
                        if (seated || waiting) {
                            current.placed(seated ? SeatLedger.Place.SEAT : SeatLedger.Place.WAITLIST, current.ticket(),
                                    clock.instant());
                            registrations.save(current);
                        }
                    }
                    case WAITLISTED -> {
                        if (seated) {
                            current.promote(clock.instant());
                            registrations.save(current);
                        }
                    }
                    case CANCELLED -> {
                        if (!current.settled()) {
                            mongo.updateFirst(Query.query(Criteria.where("_id").is(current.id())),
                                    new Update().set("settled", true), "registrations");
                        }
                    }
                    case CONFIRMED -> {
                        // agrees already
                    }
                }
                return;
            } catch (OptimisticLockingFailureException migratedMeanwhile) {
                // another replica migrates the same ledger: read the registration again
            }
        }
    }
}
