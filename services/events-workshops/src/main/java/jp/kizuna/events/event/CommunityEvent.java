package jp.kizuna.events.event;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jp.kizuna.platform.outbox.AggregateRoot;
import jp.kizuna.platform.security.Actor;
import jp.kizuna.platform.text.JapaneseSearchText;
import jp.kizuna.platform.web.ProblemException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A workshop, festival, cleanup, class, market, contest or meeting, organized by a registered
 * organization or by the city ({@code organizerId} null). A session of a series carries the
 * series' id and its number. Seats are counted apart from this document, in the event's
 * {@link jp.kizuna.events.registration.SeatLedger seat ledger}, so sign-ups never contend with edits.
 *
 * <p>A published event changed by a publisher the city does not trust keeps its published details
 * until a moderator accepts the change ({@code pendingDetails}).
 */
@Document("community_events")
public class CommunityEvent extends AggregateRoot {

    private static final Set<EventStatus> EDITABLE = EnumSet.of(EventStatus.DRAFT, EventStatus.AWAITING_MODERATION,
            EventStatus.PUBLISHED);

    @Id
    private String id;
    @Indexed
    private String seriesId;
    private Integer session;
    @Indexed
    private String organizerId;
    private String organizerName;
    private EventDetails details;
    private EventDetails pendingDetails;
    @Indexed
    private EventStatus status;
    private String moderationNote;
    private String cancellationReason;
    /** Counts the published versions, for calendar programs (iCalendar SEQUENCE). */
    private int revision;
    private List<StatusChange> history = new ArrayList<>();
    /** Title, organizer and venue folded for Japanese search ({@link JapaneseSearchText}). */
    private String searchText;
    /** Orders events by when they happen; one whose day is not decided comes after its month's other events. */
    @Indexed
    private String sortKey;
    private String createdBy;
    private Instant createdAt;
    private Instant updatedAt;

    protected CommunityEvent() {
    }

    public static CommunityEvent draft(String id, String organizerId, String organizerName, String seriesId, Integer session,
                                       EventDetails details, Actor by, Instant now) {
        CommunityEvent event = new CommunityEvent();
        event.id = id;
        event.organizerId = organizerId;
        event.organizerName = organizerName;
        event.seriesId = seriesId;
        event.session = session;
        event.status = EventStatus.DRAFT;
        event.describe(details);
        event.createdBy = by.subject();
        event.createdAt = now;
        event.updatedAt = now;
        event.history.add(StatusChange.of(null, EventStatus.DRAFT, now, by, null));
        return event;
    }

    /**
     * Replaces the details. A published event changes at once when the editor needs no moderation,
     * and otherwise keeps its public details until a moderator accepts the change.
     */
    public void edit(EventDetails changed, boolean needsModeration, Actor by, Instant now) {
        require(EDITABLE, "edited");
        updatedAt = now;
        if (status != EventStatus.PUBLISHED) {
            describe(changed);
        } else if (needsModeration) {
            pendingDetails = changed;
            moderationNote = null;
        } else {
            describe(changed);
            pendingDetails = null;
            revision++;
            raise(new EventChanged(id, snapshot(), now));
        }
    }

    /** Publishes, or hands the event to the city's moderators when its publisher is not trusted. */
    public void submit(boolean needsModeration, Actor by, Instant now) {
        require(EnumSet.of(EventStatus.DRAFT), "submitted for publication");
        if (needsModeration) {
            move(EventStatus.AWAITING_MODERATION, by, now, null);
        } else {
            publish(by, now, null);
        }
    }

    /** A moderator accepts the event, or the change waiting on a published one. */
    public void approve(Actor by, Instant now) {
        if (status == EventStatus.AWAITING_MODERATION) {
            publish(by, now, "moderated");
        } else if (status == EventStatus.PUBLISHED && pendingDetails != null) {
            describe(pendingDetails);
            pendingDetails = null;
            moderationNote = null;
            revision++;
            updatedAt = now;
            raise(new EventChanged(id, snapshot(), now));
        } else {
            throw ProblemException.conflict("Event " + id + " has nothing awaiting moderation (it is " + status + ").");
        }
    }

    /** A moderator turns the event back to its publisher as a draft, or drops the waiting change. */
    public void reject(String reason, Actor by, Instant now) {
        moderationNote = reason;
        updatedAt = now;
        if (status == EventStatus.AWAITING_MODERATION) {
            move(EventStatus.DRAFT, by, now, reason);
        } else if (status == EventStatus.PUBLISHED && pendingDetails != null) {
            pendingDetails = null;
        } else {
            throw ProblemException.conflict("Event " + id + " has nothing awaiting moderation (it is " + status + ").");
        }
    }

    public void cancel(String reason, Actor by, Instant now) {
        require(EDITABLE, "cancelled");
        boolean wasPublic = status == EventStatus.PUBLISHED;
        cancellationReason = reason;
        pendingDetails = null;
        move(EventStatus.CANCELLED, by, now, reason);
        if (wasPublic) {
            revision++;
            raise(new EventCancelled(id, snapshot(), reason, now));
        }
    }

    /** Marks a published event as held, once it has ended. */
    public void finish(Actor by, Instant now) {
        require(EnumSet.of(EventStatus.PUBLISHED), "finished");
        if (!details.schedule().over(now)) {
            throw ProblemException.conflict("Event " + id + " has not ended yet (" + details.schedule().japaneseLabel() + ").");
        }
        move(EventStatus.FINISHED, by, now, null);
    }

    public boolean isPublic() {
        return status == EventStatus.PUBLISHED || status == EventStatus.CANCELLED || status == EventStatus.FINISHED;
    }

    public boolean awaitingModeration() {
        return status == EventStatus.AWAITING_MODERATION || pendingDetails != null;
    }

    /**
     * Fails when this stored event cannot be shown: its schedule or registration terms have no
     * era, fiscal year or moment (a record stored before the days were checked).
     */
    public void checkReadable() {
        snapshot();
        details.registration().closesAt(details.schedule());
        if (pendingDetails != null) {
            pendingDetails.schedule().japaneseLabel();
            pendingDetails.schedule().fiscalYear();
            pendingDetails.registration().closesAt(pendingDetails.schedule());
        }
    }

    public EventSnapshot snapshot() {
        Schedule schedule = details.schedule();
        return new EventSnapshot(id, seriesId, session, organizerId, organizerName, details.title(), details.kind(), status,
                schedule.date(), schedule.tentativeMonth(),
                schedule.start().map(ZonedDateTime::toOffsetDateTime).orElse(null),
                schedule.end().map(ZonedDateTime::toOffsetDateTime).orElse(null), schedule.japaneseLabel(),
                details.venue().name(), details.districts(), details.capacity(), details.projectCode(),
                schedule.fiscalYear().startYear(), revision);
    }

    private void describe(EventDetails described) {
        details = described;
        searchText = String.join("|", JapaneseSearchText.fold(described.title()),
                JapaneseSearchText.fold(described.titleEn() == null ? "" : described.titleEn()),
                JapaneseSearchText.fold(organizerName == null ? "" : organizerName),
                JapaneseSearchText.fold(described.venue().name()));
        Schedule schedule = described.schedule();
        if (schedule.dated()) {
            sortKey = schedule.date() + "T" + (schedule.allDay() ? "00:00" : schedule.startTime().toString());
        } else {
            sortKey = schedule.tentative() ? schedule.tentativeMonth() + "-99"
                    : schedule.fiscalYear().lastDay() + "T99";
        }
    }

    private void publish(Actor by, Instant now, String note) {
        move(EventStatus.PUBLISHED, by, now, note);
        moderationNote = null;
        revision++;
        raise(new EventPublished(id, snapshot(), now));
    }

    private void require(Set<EventStatus> allowed, String what) {
        if (!allowed.contains(status)) {
            throw ProblemException.conflict("Event " + id + " is " + status + " and cannot be " + what + ".");
        }
    }

    private void move(EventStatus to, Actor by, Instant now, String note) {
        history.add(StatusChange.of(status, to, now, by, note));
        status = to;
        updatedAt = now;
    }

    public String id() {
        return id;
    }

    public String seriesId() {
        return seriesId;
    }

    public Integer session() {
        return session;
    }

    public String organizerId() {
        return organizerId;
    }

    public String organizerName() {
        return organizerName;
    }

    public EventDetails details() {
        return details;
    }

    public EventDetails pendingDetails() {
        return pendingDetails;
    }

    public EventStatus status() {
        return status;
    }

    public String moderationNote() {
        return moderationNote;
    }

    public String cancellationReason() {
        return cancellationReason;
    }

    public int revision() {
        return revision;
    }

    public List<StatusChange> history() {
        return List.copyOf(history);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
