package jp.kizuna.events.event;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * An event as the API shows it. {@code pendingDetails}, {@code moderationNote} and {@code history}
 * are shown only to those who manage the event.
 */
public record EventView(String id, EventStatus status, Organizer organizer, String seriesId, Integer session,
                        EventDetails details, String kindLabel, String scheduleLabel, OffsetDateTime startsAt,
                        OffsetDateTime endsAt, int fiscalYear, Registration registration, EventDetails pendingDetails,
                        String moderationNote, String cancellationReason, int revision, List<StatusChange> history,
                        Instant createdAt, Instant updatedAt) {

    public record Organizer(String id, String name) {
    }

    /**
     * @param open whether a sign-up now would be accepted (window, deadline and status)
     * @param closesAt when registration closes; null while it stays open
     */
    public record Registration(boolean required, boolean open, Instant closesAt, Integer capacity, int confirmed,
                               int waitlisted, Integer seatsLeft) {
    }

    public static EventView of(CommunityEvent event, Seats.Occupancy occupancy, Instant now, boolean managed) {
        EventDetails details = event.details();
        Schedule schedule = details.schedule();
        RegistrationTerms terms = details.registration();
        boolean open = event.status() == EventStatus.PUBLISHED && terms.refusal(now, schedule).isEmpty();
        return new EventView(event.id(), event.status(), new Organizer(event.organizerId(), event.organizerName()),
                event.seriesId(), event.session(), details, details.kind().label(), schedule.japaneseLabel(),
                schedule.start().map(ZonedDateTime::toOffsetDateTime).orElse(null),
                schedule.end().map(ZonedDateTime::toOffsetDateTime).orElse(null), schedule.fiscalYear().startYear(),
                new Registration(terms.required(), open, terms.closesAt(schedule).orElse(null), details.capacity(),
                        occupancy.confirmed(), occupancy.waitlisted(), occupancy.seatsLeft()),
                managed ? event.pendingDetails() : null, managed ? event.moderationNote() : null,
                event.cancellationReason(), event.revision(), managed ? event.history() : null, event.createdAt(),
                event.updatedAt());
    }
}
