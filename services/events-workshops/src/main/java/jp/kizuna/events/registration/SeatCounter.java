package jp.kizuna.events.registration;

import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

import org.bson.Document;

/**
 * An event's seat counter as read from its document in {@code seat_counters} (see {@link SeatLedger}
 * for how it is changed and why that keeps capacity and ticket order).
 *
 * @param capacity   seats ({@link SeatLedger#UNLIMITED} for an event without a limit)
 * @param freeSeats  capacity minus the seats held: confirmed, or taken by a placement or promotion
 *                   not yet recorded on its registration
 * @param waiting    waitlist places held, including those taken by a placement not yet recorded
 * @param nextTicket the last ticket drawn; tickets are 1, 2, 3, … in the order the counter placed them
 * @param closed     the event was cancelled: nothing is placed or promoted any more
 * @param pending    placements the counter made that their registration has not recorded yet, by
 *                   registration id; bounded by the sign-ups in flight, not by the event's size
 * @param lock       the event's lock, held while a promotion or cancellation runs; null when free
 */
record SeatCounter(String eventId, int capacity, int freeSeats, int waiting, long nextTicket, boolean closed,
                   Map<String, Pending> pending, Lock lock) {

    /**
     * A placement made for one attempt of a registration.
     *
     * @param lowestTicket a ticket no higher than the one drawn (the counter's next ticket just
     *                     before the placement), so that a promotion knows it is later than an
     *                     earlier waiting ticket without knowing it exactly
     */
    record Pending(String attempt, SeatLedger.Place place, long lowestTicket, Instant at) {
    }

    /** The lock's holder, until when it holds it, and the step it has begun but not finished. */
    record Lock(String owner, Instant until, Step step) {
    }

    /** A promotion or a release whose counter change is made and whose registration change may not be. */
    record Step(StepKind kind, String registrationId, long ticket, String reason, String by) {
    }

    enum StepKind { PROMOTE, RELEASE }

    /** Whether a seat is free, someone waits and the event is open: the waitlist can move. */
    boolean promotable() {
        return !closed && freeSeats >= 1 && waiting >= 1;
    }

    Integer capacityOrNull() {
        return capacity >= SeatLedger.UNLIMITED ? null : capacity;
    }

    int seatsHeld() {
        return capacity - freeSeats;
    }

    static SeatCounter from(Document document) {
        Map<String, Pending> pending = new LinkedHashMap<>();
        Document entries = document.get(SeatLedger.PENDING, Document.class);
        if (entries != null) {
            entries.forEach((registrationId, value) -> {
                Document entry = (Document) value;
                pending.put(registrationId, new Pending(entry.getString("attempt"),
                        SeatLedger.Place.valueOf(entry.getString("place")), number(entry, "lowestTicket"),
                        instant(entry.getDate("at"))));
            });
        }
        Document lock = document.get(SeatLedger.LOCK, Document.class);
        return new SeatCounter(document.getString("_id"), (int) number(document, SeatLedger.CAPACITY),
                (int) number(document, SeatLedger.FREE_SEATS), (int) number(document, SeatLedger.WAITING),
                number(document, SeatLedger.NEXT_TICKET), document.getBoolean(SeatLedger.CLOSED, false),
                Map.copyOf(pending), lock == null ? null : lock(lock));
    }

    private static Lock lock(Document lock) {
        Document step = lock.get("step", Document.class);
        return new Lock(lock.getString("owner"), instant(lock.getDate("until")), step == null ? null
                : new Step(StepKind.valueOf(step.getString("kind")), step.getString("registrationId"),
                        number(step, "ticket"), step.getString("reason"), step.getString("by")));
    }

    private static long number(Document document, String field) {
        Number value = document.get(field, Number.class);
        return value == null ? 0 : value.longValue();
    }

    private static Instant instant(Date date) {
        return date == null ? Instant.EPOCH : date.toInstant();
    }
}
