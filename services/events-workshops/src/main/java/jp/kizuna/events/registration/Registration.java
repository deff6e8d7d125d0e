package jp.kizuna.events.registration;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import jp.kizuna.platform.outbox.AggregateRoot;
import jp.kizuna.platform.time.FiscalYear;
import jp.kizuna.platform.web.ProblemException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One person's sign-up for one event (a session, for a series). Whether it holds a seat is decided
 * by the event's {@link SeatLedger}; this document records the outcome and raises its event.
 * {@code settled} is false while a step on the ledger is still owed (placing a new sign-up,
 * releasing a cancelled one's seat); the {@link RegistrationReconciler} finishes such steps after a
 * crash.
 */
@Document("registrations")
@CompoundIndex(name = "event_status", def = "{'event.eventId': 1, 'status': 1, 'ticket': 1}")
public class Registration extends AggregateRoot {

    @Id
    private String id;
    private EventRef event;
    /** The person's account, when they signed up online; null for phone and paper sign-ups. */
    @Indexed
    private String subject;
    private Registrant registrant;
    private Channel channel;
    private String enteredBy;
    private boolean eligibilityDeclared;
    private String note;
    private long ticket;
    private RegistrationStatus status;
    private boolean promoted;
    @Indexed
    private boolean settled;
    private String cancellationReason;
    private String cancelledBy;
    private Instant requestedAt;
    private Instant decidedAt;
    private Instant cancelledAt;

    protected Registration() {
    }

    public static Registration request(String id, EventRef event, String subject, Registrant registrant, Channel channel,
                                       String enteredBy, boolean eligibilityDeclared, String note, long ticket, Instant now) {
        Registration registration = new Registration();
        registration.id = id;
        registration.event = event;
        registration.subject = subject;
        registration.registrant = registrant;
        registration.channel = channel;
        registration.enteredBy = enteredBy;
        registration.eligibilityDeclared = eligibilityDeclared;
        registration.note = note;
        registration.ticket = ticket;
        registration.status = RegistrationStatus.REQUESTED;
        registration.requestedAt = now;
        return registration;
    }

    /** Signs up again after an earlier cancellation, at the back of the line. */
    public void requestAgain(Registrant person, boolean declared, String newNote, long newTicket, Instant now) {
        require(EnumSet.of(RegistrationStatus.CANCELLED), "renewed");
        registrant = person;
        eligibilityDeclared = declared;
        note = newNote;
        ticket = newTicket;
        status = RegistrationStatus.REQUESTED;
        promoted = false;
        settled = false;
        cancellationReason = null;
        cancelledBy = null;
        cancelledAt = null;
        requestedAt = now;
    }

    /** Records where the ledger placed the sign-up. */
    public void placed(SeatLedger.Place place, Instant now) {
        require(EnumSet.of(RegistrationStatus.REQUESTED), "placed");
        settled = true;
        decidedAt = now;
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

    /** Cancels; the seat or waitlist place is given up next, which {@link #released()} records. */
    public void cancel(String reason, String by, Instant now) {
        require(EnumSet.of(RegistrationStatus.REQUESTED, RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED),
                "cancelled");
        status = RegistrationStatus.CANCELLED;
        settled = false;
        cancellationReason = reason;
        cancelledBy = by;
        cancelledAt = now;
        raise(new RegistrationCancelled(id, snapshot(), reason, by, now));
    }

    public void released() {
        settled = true;
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

    public Registrant registrant() {
        return registrant;
    }

    public Channel channel() {
        return channel;
    }

    public String enteredBy() {
        return enteredBy;
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
