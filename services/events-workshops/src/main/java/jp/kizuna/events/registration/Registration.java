package jp.kizuna.events.registration;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jp.kizuna.platform.outbox.AggregateRoot;
import jp.kizuna.platform.security.Actor;
import jp.kizuna.platform.time.FiscalYear;
import jp.kizuna.platform.web.ProblemException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One person's sign-up for one event (a session, for a series), with its ticket and its place.
 * Whether it holds a seat is decided by the event's {@link SeatLedger}; this document records the
 * outcome and raises its event. {@code settled} is false while its placement is still owed; the
 * {@link RegistrationReconciler} finishes it after a crash, taking the registration over with a new
 * {@code attempt} first.
 *
 * <p>The id is random: it says nothing about the person and differs from event to event. One person
 * has one active registration per event through the unique index on the event and
 * {@code personKey}: the account for an online sign-up, the normalised name and phone for one that
 * staff entered ({@link PersonKeys}). A cancellation frees the key, so signing up again is a new
 * registration at the back of the line.
 */
@Document("registrations")
@CompoundIndex(name = "event_person", def = "{'event.eventId': 1, 'personKey': 1}", unique = true)
@CompoundIndex(name = "event_status", def = "{'event.eventId': 1, 'status': 1, 'ticket': 1}")
@CompoundIndex(name = "event_ticket", def = "{'event.eventId': 1, 'ticket': 1}")
@CompoundIndex(name = "event_contact", def = "{'event.eventId': 1, 'contactKey': 1}")
@CompoundIndex(name = "subject_requested", def = "{'subject': 1, 'requestedAt': -1}")
public class Registration extends AggregateRoot {

    @Id
    private String id;
    private EventRef event;
    /** The person's account, when they signed up online; null for phone and paper sign-ups. */
    private String subject;
    /** What the per-event unique index keeps unique: see {@link PersonKeys}. */
    private String personKey;
    /** The registrant's name and phone, normalised, for finding a staff-entered sign-up's duplicates. */
    private String contactKey;
    private Registrant registrant;
    private Channel channel;
    /** Who entered a phone or paper sign-up (its subject, and its display name); null for online sign-ups. */
    private String enteredBy;
    private String enteredByName;
    private boolean eligibilityDeclared;
    private String note;
    /** The earlier registration of the same name and phone, when staff entered this one knowingly. */
    private String duplicateOf;
    private long ticket;
    private RegistrationStatus status;
    private boolean promoted;
    @Indexed
    private boolean settled;
    /** Who places this registration now: the request that made it, or the reconciler that took over. */
    private String attempt;
    private String cancellationReason;
    private String cancelledBy;
    private Instant requestedAt;
    private Instant decidedAt;
    private Instant cancelledAt;
    /**
     * Its waitlist position right when the counter placed it (everyone counted as waiting then has
     * an earlier ticket), for the sign-up's own answer; not stored, reads count it.
     */
    @Transient
    private Integer positionWhenPlaced;

    protected Registration() {
    }

    /**
     * A sign-up about to be placed. {@code personKey} and {@code contactKey} come from {@link PersonKeys};
     * {@code duplicateOf} names the earlier registration of the same person when staff enter this one on purpose.
     */
    public static Registration request(String id, EventRef event, String subject, String personKey, String contactKey,
                                       Registrant registrant, Channel channel, Actor enteredBy, boolean eligibilityDeclared,
                                       String note, String duplicateOf, Instant now) {
        Registration registration = new Registration();
        registration.id = id;
        registration.event = event;
        registration.subject = subject;
        registration.personKey = personKey;
        registration.contactKey = contactKey;
        registration.registrant = registrant;
        registration.channel = channel;
        registration.enteredBy = enteredBy == null ? null : enteredBy.subject();
        registration.enteredByName = enteredBy == null ? null : enteredBy.name();
        registration.eligibilityDeclared = eligibilityDeclared;
        registration.note = note;
        registration.duplicateOf = duplicateOf;
        registration.status = RegistrationStatus.REQUESTED;
        registration.attempt = UUID.randomUUID().toString();
        registration.requestedAt = now;
        return registration;
    }

    /** The reconciler takes over placing a sign-up whose request did not finish. */
    void takeOver() {
        require(EnumSet.of(RegistrationStatus.REQUESTED), "taken over");
        attempt = UUID.randomUUID().toString();
    }

    /** Records where the ledger placed the sign-up, and with which ticket. */
    public void placed(SeatLedger.Place place, long drawnTicket, Instant now) {
        placed(place, drawnTicket, null, now);
    }

    /** As {@link #placed(SeatLedger.Place, long, Instant)}, with the waitlist position the counter gave it. */
    void placed(SeatLedger.Place place, long drawnTicket, Integer waitlistPosition, Instant now) {
        require(EnumSet.of(RegistrationStatus.REQUESTED), "placed");
        settled = true;
        decidedAt = now;
        ticket = drawnTicket;
        positionWhenPlaced = place == SeatLedger.Place.WAITLIST ? waitlistPosition : null;
        switch (place) {
            case SEAT -> {
                status = RegistrationStatus.CONFIRMED;
                raise(new RegistrationConfirmed(id, snapshot(), now));
            }
            case WAITLIST -> {
                status = RegistrationStatus.WAITLISTED;
                raise(new RegistrationWaitlisted(id, snapshot(), now));
            }
            case CLOSED -> {
                status = RegistrationStatus.CANCELLED;
                personKey = PersonKeys.cancelled(id);
                cancellationReason = "EVENT_CLOSED";
                cancelledAt = now;
                raise(new RegistrationCancelled(id, snapshot(), cancellationReason, "system", now));
            }
        }
    }

    public void promote(Instant now) {
        require(EnumSet.of(RegistrationStatus.WAITLISTED), "promoted");
        status = RegistrationStatus.CONFIRMED;
        promoted = true;
        decidedAt = now;
        raise(new RegistrationPromoted(id, snapshot(), now));
    }

    /**
     * Cancels a confirmed or waitlisted registration, whose seat or place the ledger gave up in the
     * same step (see {@link RegistrationSteps#cancel}); the person may sign up again afterwards.
     */
    public void cancel(String reason, String by, Instant now) {
        if (status == RegistrationStatus.REQUESTED) {
            throw ProblemException.conflict("Registration " + id + " is still being placed; try again in a moment.");
        }
        require(EnumSet.of(RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED), "cancelled");
        status = RegistrationStatus.CANCELLED;
        settled = true;
        personKey = PersonKeys.cancelled(id);
        cancellationReason = reason;
        cancelledBy = by;
        cancelledAt = now;
        raise(new RegistrationCancelled(id, snapshot(), reason, by, now));
    }

    /** The place this registration holds on the ledger; empty while it is being placed and once cancelled. */
    Optional<SeatLedger.Place> held() {
        return switch (status) {
            case CONFIRMED -> Optional.of(SeatLedger.Place.SEAT);
            case WAITLISTED -> Optional.of(SeatLedger.Place.WAITLIST);
            default -> Optional.empty();
        };
    }

    RegistrationSnapshot snapshot() {
        return new RegistrationSnapshot(id, event.eventId(), event.seriesId(), event.title(),
                event.startsAt() == null ? null : event.startsAt().atZone(FiscalYear.CITY_ZONE).toOffsetDateTime(),
                event.scheduleLabel(), event.organizerId(), subject, channel, status, ticket, promoted);
    }

    private void require(Set<RegistrationStatus> allowed, String what) {
        if (!allowed.contains(status)) {
            throw ProblemException.conflict("Registration " + id + " is " + status + " and cannot be " + what + ".");
        }
    }

    public String id() {
        return id;
    }

    public EventRef event() {
        return event;
    }

    public String eventId() {
        return event.eventId();
    }

    public String subject() {
        return subject;
    }

    public String personKey() {
        return personKey;
    }

    public String contactKey() {
        return contactKey;
    }

    public String duplicateOf() {
        return duplicateOf;
    }

    String attempt() {
        return attempt;
    }

    Optional<Integer> positionWhenPlaced() {
        return status == RegistrationStatus.WAITLISTED ? Optional.ofNullable(positionWhenPlaced) : Optional.empty();
    }

    public Registrant registrant() {
        return registrant;
    }

    public Channel channel() {
        return channel;
    }

    public String enteredBy() {
        return enteredBy;
    }

    /** The display name of who entered it; its subject for sign-ups entered before display names were kept. */
    public String enteredByName() {
        return Actor.nameOr(enteredByName, enteredBy);
    }

    public boolean eligibilityDeclared() {
        return eligibilityDeclared;
    }

    public String note() {
        return note;
    }

    public long ticket() {
        return ticket;
    }

    public RegistrationStatus status() {
        return status;
    }

    public boolean promoted() {
        return promoted;
    }

    public boolean settled() {
        return settled;
    }

    public String cancellationReason() {
        return cancellationReason;
    }

    public String cancelledBy() {
        return cancelledBy;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public Instant cancelledAt() {
        return cancelledAt;
    }
}
