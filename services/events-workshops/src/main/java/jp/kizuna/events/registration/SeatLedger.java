package jp.kizuna.events.registration;

import java.util.Comparator;
import java.util.Map;
import java.util.Optional;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The seats of one event and its waitlist, in one document per event. Every change is one
 * conditional update of that document: a seat is taken only while one is free and only once per
 * registration; a waitlisted registration moves to a seat only while one is free. Single-document
 * atomic updates keep "confirmed never exceeds capacity" under any number of simultaneous sign-ups,
 * on a replica set and on mongo-java-server alike, without contending with edits of the event.
 *
 * <p>Every operation is idempotent per registration, so a step repeated after a crash (by the
 * {@link RegistrationReconciler}) changes nothing twice.
 */
@Component
public class SeatLedger {

    static final String COLLECTION = "seat_ledgers";
    /** Seats of an event without a limit. */
    static final int UNLIMITED = 1_000_000_000;

    private final MongoTemplate mongo;

    SeatLedger(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public enum Place { SEAT, WAITLIST, CLOSED }

    /** Creates the ledger of an event with its capacity (null: no limit), unless it exists. */
    public void open(String eventId, Integer capacity) {
        int seats = capacity == null ? UNLIMITED : capacity;
        try {
            mongo.insert(new Document("_id", eventId).append("capacity", seats).append("seatsFree", seats)
                    .append("nextTicket", 0L).append("seats", new Document()).append("waitlist", new Document())
                    .append("closed", false), COLLECTION);
        } catch (DuplicateKeyException exists) {
            // opened before: by an earlier attempt of the same step
        }
    }

    /** The next number in the event's order of sign-ups; the waitlist is served in this order. */
    public long ticket(String eventId) {
        Document ledger = mongo.findAndModify(byId(eventId), new Update().inc("nextTicket", 1L),
                FindAndModifyOptions.options().returnNew(true), Document.class, COLLECTION);
        if (ledger == null) {
            throw new IllegalStateException("no seat ledger for event " + eventId);
        }
        return ledger.get("nextTicket", Number.class).longValue();
    }

    /**
     * Gives the registration a seat when one is free, a place on the waitlist otherwise; repeated,
     * it answers where the registration already is.
     */
    public Place place(String eventId, String registrationId, long ticket) {
        Optional<Place> already = whereIs(eventId, registrationId);
        if (already.isPresent()) {
            return already.get();
        }
        Criteria free = Criteria.where("_id").is(eventId).and("closed").is(false).and("seatsFree").gte(1)
                .and(seat(registrationId)).exists(false).and(waiting(registrationId)).exists(false);
        Update take = new Update().inc("seatsFree", -1).set(seat(registrationId), ticket);
        if (mongo.findAndModify(Query.query(free), take, Document.class, COLLECTION) != null) {
            return Place.SEAT;
        }
        Criteria open = Criteria.where("_id").is(eventId).and("closed").is(false)
                .and(seat(registrationId)).exists(false).and(waiting(registrationId)).exists(false);
        if (mongo.findAndModify(Query.query(open), new Update().set(waiting(registrationId), ticket), Document.class,
                COLLECTION) != null) {
            return Place.WAITLIST;
        }
        return whereIs(eventId, registrationId).orElse(Place.CLOSED);
    }

    /** Gives up the registration's seat or waitlist place, if it holds one. */
    public void release(String eventId, String registrationId) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(eventId).and(seat(registrationId)).exists(true)),
                new Update().unset(seat(registrationId)).inc("seatsFree", 1), COLLECTION);
        mongo.updateFirst(Query.query(Criteria.where("_id").is(eventId).and(waiting(registrationId)).exists(true)),
                new Update().unset(waiting(registrationId)), COLLECTION);
    }

    /**
     * Moves the first of the waitlist to a free seat.
     *
     * @return the registration promoted; empty when no seat is free or nobody waits
     */
    public Optional<String> promoteNext(String eventId) {
        while (true) {
            Document ledger = mongo.findOne(byId(eventId), Document.class, COLLECTION);
            if (ledger == null || ledger.getBoolean("closed", false) || ledger.get("seatsFree", Number.class).longValue() < 1) {
                return Optional.empty();
            }
            Optional<Map.Entry<String, Object>> first = ledger.get("waitlist", Document.class).entrySet().stream()
                    .min(Comparator.comparingLong(e -> ((Number) e.getValue()).longValue()));
            if (first.isEmpty()) {
                return Optional.empty();
            }
            String registrationId = first.get().getKey();
            Criteria movable = Criteria.where("_id").is(eventId).and("closed").is(false).and("seatsFree").gte(1)
                    .and(waiting(registrationId)).exists(true);
            Update move = new Update().unset(waiting(registrationId)).set(seat(registrationId), first.get().getValue())
                    .inc("seatsFree", -1);
            if (mongo.findAndModify(Query.query(movable), move, Document.class, COLLECTION) != null) {
                return Optional.of(registrationId);
            }
            // another promotion or cancellation got there first: look again
        }
    }

    /**
     * Changes the number of seats; fewer seats than are taken are refused.
     *
     * @return whether the capacity now is the one asked for
     */
    public boolean resize(String eventId, Integer capacity) {
        int seats = capacity == null ? UNLIMITED : capacity;
        for (int attempt = 0; attempt < 20; attempt++) {
            Document ledger = mongo.findOne(byId(eventId), Document.class, COLLECTION);
            if (ledger == null) {
                open(eventId, capacity);
                return true;
            }
            int current = ledger.get("capacity", Number.class).intValue();
            long free = ledger.get("seatsFree", Number.class).longValue();
            long taken = current - free;
            if (seats < taken) {
                return false;
            }
            Query unchanged = Query.query(Criteria.where("_id").is(eventId).and("capacity").is(current)
                    .and("seatsFree").is(free));
            if (mongo.updateFirst(unchanged, new Update().set("capacity", seats).set("seatsFree", seats - taken), COLLECTION)
                    .getModifiedCount() > 0 || current == seats) {
                return true;
            }
        }
        throw new IllegalStateException("the seat ledger of event " + eventId + " kept changing while it was resized");
    }

    /** No seat is taken or moved any more: the event was cancelled. */
    public void close(String eventId) {
        mongo.updateFirst(byId(eventId), new Update().set("closed", true), COLLECTION);
    }

    /** Seats taken, places waiting and capacity (null: no limit). */
    public record Occupancy(Integer capacity, int confirmed, int waitlisted) {

        public Integer seatsLeft() {
            return capacity == null ? null : Math.max(0, capacity - confirmed);
        }
    }

    public Occupancy occupancy(String eventId) {
        Document ledger = mongo.findOne(byId(eventId), Document.class, COLLECTION);
        if (ledger == null) {
            return new Occupancy(null, 0, 0);
        }
        int capacity = ledger.get("capacity", Number.class).intValue();
        return new Occupancy(capacity == UNLIMITED ? null : capacity, ledger.get("seats", Document.class).size(),
                ledger.get("waitlist", Document.class).size());
    }

    /** Where the registration stands in the ledger, if anywhere. */
    public Optional<Place> whereIs(String eventId, String registrationId) {
        Document ledger = mongo.findOne(byId(eventId), Document.class, COLLECTION);
        if (ledger == null) {
            return Optional.empty();
        }
        if (ledger.get("seats", Document.class).containsKey(registrationId)) {
            return Optional.of(Place.SEAT);
        }
        if (ledger.get("waitlist", Document.class).containsKey(registrationId)) {
            return Optional.of(Place.WAITLIST);
        }
        return Optional.empty();
    }

    /** The registrations holding a seat, for reconciliation. */
    Map<String, Object> seatHolders(String eventId) {
        Document ledger = mongo.findOne(byId(eventId), Document.class, COLLECTION);
        return ledger == null ? Map.of() : ledger.get("seats", Document.class);
    }

    private static Query byId(String eventId) {
        return Query.query(Criteria.where("_id").is(eventId));
    }

    private static String seat(String registrationId) {
        return "seats." + registrationId;
    }

    private static String waiting(String registrationId) {
        return "waitlist." + registrationId;
    }
}
