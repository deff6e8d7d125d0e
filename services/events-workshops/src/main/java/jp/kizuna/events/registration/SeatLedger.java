package jp.kizuna.events.registration;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
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
 * The seats of an event, kept as one small counter document per event in {@code seat_counters}
 * (capacity, free seats, waitlist places held, the last ticket drawn) and changed only by
 * single-document atomic conditional updates ({@code findAndModify} with a filter), which hold on a
 * replica set and on mongo-java-server alike; neither sessions nor transactions are needed. Each
 * registration is a document of its own with its ticket and its place (CONFIRMED or WAITLISTED):
 * the waitlist is the WAITLISTED registrations in ticket order. The counter does not grow with the
 * event, so a sign-up costs the same for the 10th person and for the 30,000th.
 *
 * <h2>Capacity</h2>
 * A seat is taken only by an update that decrements {@code freeSeats} and requires a free seat
 * ({@link #place}, {@link #promote}), so the seats held never exceed the capacity. A seat comes back
 * only (a) when a registration holding one is cancelled, once per registration: under the event's
 * lock, whose holder journals the release in the lock itself ({@link #release}), so a release cut
 * short by a crash is finished by the next holder, never repeated; (b) when a placement its
 * registration never recorded is reversed ({@link #undo}), by one update that requires the
 * placement's own journal entry and removes it, so at most once; (c) with a capacity change, which
 * never goes below the seats held ({@link #resize}).
 *
 * <h2>Ticket order</h2>
 * <ol>
 * <li>A sign-up's ticket and its place are decided by the same update. Its seat variant requires a
 * free seat and {@code waiting == 0}; its waitlist variant requires the opposite (no free seat, or
 * someone waiting); both add one to {@code nextTicket} and return it. So a sign-up takes a seat
 * directly only when nobody holds a waitlist place, counting places taken but not yet recorded on
 * their registration, and never passes an earlier waiting ticket. Without cancellations seats run
 * out once and stay out: the seated tickets are exactly 1…capacity and the rest wait in order.</li>
 * <li>A waiting registration gets a seat only by promotion, one at a time under the event's lock.
 * The promoter reads the counter (S) and then the WAITLISTED registration with the lowest ticket
 * not above S's {@code nextTicket} (X). A waiting ticket earlier than X was placed before S: if its
 * registration recorded the place before S, the query sees it (it would be X); if not, its journal
 * entry is in S with a {@code lowestTicket} no higher than its ticket, hence below X's, and the
 * promoter defers (that sign-up promotes once it has recorded its place). Tickets placed after S are
 * later than X. Nothing else takes a registration off the waitlist while the lock is held
 * (cancellations take the lock too). So X is the earliest waiting ticket, and the update that
 * claims its seat (a seat free, someone waiting, the caller still the lock's owner) gives the seat
 * to exactly that ticket.</li>
 * </ol>
 * Hence at every quiet moment each waitlisted ticket is later than each confirmed one, whatever
 * the concurrency, and cancellations and capacity increases move the waitlist strictly in ticket order.
 *
 * <h2>Crashes</h2>
 * Every step is one update, or one update that journals what is left to do:
 * <ul>
 * <li>A placement's update writes {@code pending.<registration id>} with the attempt that made it;
 * the registration then records the outcome (a versioned save by that attempt) and the entry is
 * removed. The reconciler takes over a registration left REQUESTED by saving a new attempt on it
 * first (the old attempt's save then fails), reverses the old attempt's entry if there is one, and
 * places it again. An old entry whose attempt its registration no longer carries is reversed; one
 * whose registration has recorded its place is removed. A reversal gives back only what that
 * placement took.</li>
 * <li>The lock ({@code lock}: owner, lease, step) is taken by one update when it is free or its lease
 * ran out; every change under it requires the caller to be the owner still, so a holder that lost
 * its lease (paused, crashed) changes nothing any more. A promotion or a release writes its counter
 * change and the step (registration, ticket; for a release the reason and who cancelled) in one
 * update; then the registration is saved and the step cleared. Whoever takes the lock next (a
 * promotion, a cancellation, the reconciler) first finishes a step it finds, idempotently.</li>
 * </ul>
 */
@Component
public class SeatLedger {

    static final String COLLECTION = "seat_counters";
    /** Seats of an event without a limit. */
    static final int UNLIMITED = 1_000_000_000;
    /** How long a lock holder may go without a change before another may take the lock over. */
    static final Duration LEASE = Duration.ofSeconds(10);

    static final String CAPACITY = "capacity";
    static final String FREE_SEATS = "freeSeats";
    static final String WAITING = "waiting";
    static final String NEXT_TICKET = "nextTicket";
    static final String CLOSED = "closed";
    static final String PENDING = "pending";
    static final String LOCK = "lock";
    private static final String OWNER = LOCK + ".owner";
    private static final String UNTIL = LOCK + ".until";
    private static final String STEP = LOCK + ".step";

    private final MongoTemplate mongo;

    SeatLedger(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public enum Place { SEAT, WAITLIST, CLOSED }

    /** Where a placement put the registration, with its ticket, and the counter right after. */
    record Placement(Place place, long ticket, SeatCounter after) {
    }

    /** Creates the counter of an event with its capacity (null: no limit), unless it exists. */
    public void open(String eventId, Integer capacity) {
        int seats = capacity == null ? UNLIMITED : capacity;
        create(eventId, seats, seats, 0, 0L, false);
    }

    /** Creates a counter as given unless one exists; true when this call created it. */
    boolean create(String eventId, int capacity, int freeSeats, int waiting, long nextTicket, boolean closed) {
        try {
            mongo.insert(new Document("_id", eventId).append(CAPACITY, capacity).append(FREE_SEATS, freeSeats)
                    .append(WAITING, waiting).append(NEXT_TICKET, nextTicket).append(CLOSED, closed)
                    .append(PENDING, new Document()), COLLECTION);
            return true;
        } catch (DuplicateKeyException exists) {
            return false;
        }
    }

    /** The counter of an event, if it has one. */
    Optional<SeatCounter> find(String eventId) {
        return Optional.ofNullable(mongo.findOne(byId(eventId), Document.class, COLLECTION)).map(SeatCounter::from);
    }

    SeatCounter read(String eventId) {
        return find(eventId).orElseThrow(() -> new IllegalStateException("no seat counter for event " + eventId));
    }

    List<SeatCounter> all() {
        return mongo.find(new Query(), Document.class, COLLECTION).stream().map(SeatCounter::from).toList();
    }

    /**
     * Draws the registration's ticket and gives it a seat when one is free and nobody waits, a place
     * on the waitlist otherwise, journalled under its attempt.
     *
     * @return the placement (CLOSED, without a ticket, when the event was cancelled); empty when the
     *         registration already has a placement of another attempt (it has been taken over)
     */
    Optional<Placement> place(String eventId, String registrationId, String attempt, Instant now) {
        SeatCounter seen = read(eventId);
        long lowestTicket = seen.nextTicket() + 1;
        boolean seatFirst = seen.freeSeats() >= 1 && seen.waiting() <= 0;
        for (int round = 0; round < 1000; round++) {
            for (Place place : seatFirst ? List.of(Place.SEAT, Place.WAITLIST) : List.of(Place.WAITLIST, Place.SEAT)) {
                Document after = mongo.findAndModify(Query.query(placeable(eventId, registrationId, place)),
                        new Update().inc(NEXT_TICKET, 1L).inc(place == Place.SEAT ? FREE_SEATS : WAITING,
                                place == Place.SEAT ? -1 : 1).set(entry(registrationId), new Document("attempt", attempt)
                                .append("place", place.name()).append("lowestTicket", lowestTicket)
                                .append("at", Date.from(now))),
                        FindAndModifyOptions.options().returnNew(true), Document.class, COLLECTION);
                if (after != null) {
                    SeatCounter counter = SeatCounter.from(after);
                    return Optional.of(new Placement(place, counter.nextTicket(), counter));
                }
            }
            SeatCounter current = read(eventId);
            if (current.closed()) {
                return Optional.of(new Placement(Place.CLOSED, 0, current));
            }
            if (current.pending().containsKey(registrationId)) {
                return Optional.empty();
            }
            // the counter changed between the two variants (a seat freed, the waitlist emptied): again
            seatFirst = !seatFirst;
        }
        throw new IllegalStateException("the seat counter of event " + eventId + " kept changing while placing "
                + registrationId);
    }

    private static Criteria placeable(String eventId, String registrationId, Place place) {
        Criteria open = Criteria.where("_id").is(eventId).and(CLOSED).is(false).and(entry(registrationId)).exists(false);
        return place == Place.SEAT ? open.and(FREE_SEATS).gte(1).and(WAITING).lte(0)
                : open.orOperator(Criteria.where(FREE_SEATS).lt(1), Criteria.where(WAITING).gt(0));
    }

    /**
     * The registration recorded the placement of this attempt: its journal entry goes.
     *
     * @return the counter afterwards; empty when the entry was gone (taken over and reversed)
     */
    Optional<SeatCounter> recorded(String eventId, String registrationId, String attempt) {
        Document after = mongo.findAndModify(Query.query(Criteria.where("_id").is(eventId)
                        .and(entry(registrationId) + ".attempt").is(attempt)), new Update().unset(entry(registrationId)),
                FindAndModifyOptions.options().returnNew(true), Document.class, COLLECTION);
        return Optional.ofNullable(after).map(SeatCounter::from);
    }

    /**
     * Reverses the placement of this attempt, which its registration will never record: gives back
     * its seat or its waitlist place and removes the entry. At most once per entry.
     *
     * @return whether this call reversed it
     */
    boolean undo(String eventId, String registrationId, String attempt) {
        for (Place place : List.of(Place.SEAT, Place.WAITLIST)) {
            Query query = Query.query(Criteria.where("_id").is(eventId).and(entry(registrationId) + ".attempt").is(attempt)
                    .and(entry(registrationId) + ".place").is(place.name()));
            Update reverse = new Update().unset(entry(registrationId))
                    .inc(place == Place.SEAT ? FREE_SEATS : WAITING, place == Place.SEAT ? 1 : -1);
            if (mongo.updateFirst(query, reverse, COLLECTION).getModifiedCount() > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Takes the event's lock for {@code owner} when it is free or its holder's lease ran out (a step
     * that holder left stays, for the new owner to finish).
     *
     * @return the counter as locked; empty when someone else holds the lock
     */
    Optional<SeatCounter> lock(String eventId, String owner, Instant now) {
        Criteria free = Criteria.where("_id").is(eventId)
                .orOperator(Criteria.where(LOCK).exists(false), Criteria.where(UNTIL).lt(Date.from(now)));
        Document locked = mongo.findAndModify(Query.query(free),
                new Update().set(OWNER, owner).set(UNTIL, Date.from(now.plus(LEASE))),
                FindAndModifyOptions.options().returnNew(true), Document.class, COLLECTION);
        return Optional.ofNullable(locked).map(SeatCounter::from);
    }

    /** Gives the lock up, unless a step is still open (then the next holder finishes it). */
    void unlock(String eventId, String owner) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(eventId).and(OWNER).is(owner).and(STEP).exists(false)),
                new Update().unset(LOCK), COLLECTION);
    }

    /**
     * Claims a seat for the waiting registration with this ticket and records the step, while the
     * caller holds the lock, a seat is free and someone waits.
     */
    boolean promote(String eventId, String owner, String registrationId, long ticket, Instant now) {
        Criteria claimable = Criteria.where("_id").is(eventId).and(OWNER).is(owner).and(STEP).exists(false)
                .and(CLOSED).is(false).and(FREE_SEATS).gte(1).and(WAITING).gte(1);
        Update claim = new Update().inc(FREE_SEATS, -1).inc(WAITING, -1).set(UNTIL, Date.from(now.plus(LEASE)))
                .set(STEP, step(SeatCounter.StepKind.PROMOTE, registrationId, ticket, null, null));
        return mongo.updateFirst(Query.query(claimable), claim, COLLECTION).getModifiedCount() > 0;
    }

    /**
     * Gives up the seat or waitlist place a registration holds and records the step (with why and by
     * whom it is cancelled), while the caller holds the lock.
     */
    boolean release(String eventId, String owner, String registrationId, long ticket, Place held, String reason,
                    String by, Instant now) {
        Criteria holding = Criteria.where("_id").is(eventId).and(OWNER).is(owner).and(STEP).exists(false);
        Update giveUp = new Update().inc(held == Place.SEAT ? FREE_SEATS : WAITING, held == Place.SEAT ? 1 : -1)
                .set(UNTIL, Date.from(now.plus(LEASE)))
                .set(STEP, step(SeatCounter.StepKind.RELEASE, registrationId, ticket, reason, by));
        return mongo.updateFirst(Query.query(holding), giveUp, COLLECTION).getModifiedCount() > 0;
    }

    /** The step's registration has been saved: the step is closed and the lease renewed. */
    boolean stepDone(String eventId, String owner, Instant now) {
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(eventId).and(OWNER).is(owner)),
                new Update().unset(STEP).set(UNTIL, Date.from(now.plus(LEASE))), COLLECTION).getModifiedCount() > 0;
    }

    /**
     * Changes the number of seats; fewer seats than are held are refused. Only another change of the
     * capacity makes it try again, never the sign-ups going on meanwhile.
     *
     * @return whether the capacity now is the one asked for
     */
    public boolean resize(String eventId, Integer capacity) {
        int seats = capacity == null ? UNLIMITED : capacity;
        for (int attempt = 0; attempt < 100; attempt++) {
            Optional<SeatCounter> found = find(eventId);
            if (found.isEmpty()) {
                open(eventId, capacity);
                return true;
            }
            int current = found.get().capacity();
            if (current == seats) {
                return true;
            }
            int change = seats - current;
            Criteria unchanged = Criteria.where("_id").is(eventId).and(CAPACITY).is(current);
            if (change < 0) {
                unchanged = unchanged.and(FREE_SEATS).gte(-change);
            }
            if (mongo.updateFirst(Query.query(unchanged), new Update().set(CAPACITY, seats).inc(FREE_SEATS, change),
                    COLLECTION).getModifiedCount() > 0) {
                return true;
            }
            SeatCounter now = read(eventId);
            if (now.capacity() == current && now.freeSeats() < -change) {
                return false;
            }
        }
        throw new IllegalStateException("the capacity of event " + eventId + " kept changing while it was resized");
    }

    /** No seat is taken or moved any more: the event was cancelled. */
    public void close(String eventId) {
        mongo.updateFirst(byId(eventId), new Update().set(CLOSED, true), COLLECTION);
    }

    /** Seats held, waitlist places held and capacity (null: no limit). */
    public record Occupancy(Integer capacity, int confirmed, int waitlisted) {

        public Integer seatsLeft() {
            return capacity == null ? null : Math.max(0, capacity - confirmed);
        }
    }

    public Occupancy occupancy(String eventId) {
        return find(eventId).map(c -> new Occupancy(c.capacityOrNull(), Math.max(0, c.seatsHeld()), Math.max(0, c.waiting())))
                .orElse(new Occupancy(null, 0, 0));
    }

    private static Document step(SeatCounter.StepKind kind, String registrationId, long ticket, String reason, String by) {
        Document step = new Document("kind", kind.name()).append("registrationId", registrationId).append("ticket", ticket);
        if (reason != null) {
            step.append("reason", reason);
        }
        if (by != null) {
            step.append("by", by);
        }
        return step;
    }

    private static Query byId(String eventId) {
        return Query.query(Criteria.where("_id").is(eventId));
    }

    private static String entry(String registrationId) {
        return PENDING + "." + registrationId;
    }
}
