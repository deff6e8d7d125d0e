package jp.kizuna.web.events;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;

/** The events API's answers, as far as the pages show them (unknown members are ignored). */
public final class EventViews {

    private EventViews() {
    }

    public record Page<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

        public Page {
            items = items == null ? List.of() : List.copyOf(items);
        }

        public boolean hasNext() {
            return page + 1 < totalPages;
        }

        public boolean hasPrevious() {
            return page > 0;
        }
    }

    public record Event(String id, String status, Organizer organizer, String seriesId, Integer session, Details details,
                        String kindLabel, String scheduleLabel, OffsetDateTime startsAt, OffsetDateTime endsAt,
                        int fiscalYear, RegistrationState registration, String cancellationReason) {

        public boolean cancelled() {
            return "CANCELLED".equals(status);
        }

        public boolean finished() {
            return "FINISHED".equals(status);
        }

        /** The day the event is on, or its first day; empty while undecided or known only by its year. */
        public LocalDate day() {
            return details.schedule().date();
        }
    }

    public record Organizer(String id, String name) {
    }

    public record Details(String title, String titleEn, String kind, String description, Venue venue, Schedule schedule,
                          Integer capacity, Fee fee, Terms registration, String eligibility,
                          Boolean eligibilityDeclarationRequired, Contact contact, List<String> districts,
                          String projectCode, String url) {

        public Details {
            districts = districts == null ? List.of() : List.copyOf(districts);
        }

        public boolean declarationRequired() {
            return Boolean.TRUE.equals(eligibilityDeclarationRequired);
        }
    }

    public record Schedule(LocalDate date, LocalDate endDate, LocalTime startTime, LocalTime endTime, String tentativeMonth,
                           Integer undatedFiscalYear) {
    }

    public record Venue(String name, String address, Double latitude, Double longitude, String access) {
    }

    public record Fee(int basicYen, String detail) {
    }

    /** How people register, as the organizer set it. */
    public record Terms(Boolean required, LocalDateTime opensAt, LocalDate deadline, LocalTime deadlineTime, String method) {
    }

    public record Contact(String name, String phone, String email) {
    }

    /** The registration state now: open, when it closes, seats taken and left. */
    public record RegistrationState(boolean required, boolean open, Instant closesAt, Integer capacity, int confirmed,
                                    int waitlisted, Integer seatsLeft) {

        public boolean full() {
            return seatsLeft != null && seatsLeft <= 0;
        }
    }

    public record Series(String id, String organizerId, String organizerName, String title, String titleEn,
                         String description) {
    }

    public record SeriesWithSessions(Series series, List<Event> sessions) {

        public SeriesWithSessions {
            sessions = sessions == null ? List.of() : List.copyOf(sessions);
        }
    }

    /** A registration as its person sees it (shown after a redirect, so it travels in the session: serializable). */
    public record Registration(String id, EventRef event, String status, boolean promoted, long ticket,
                               Integer waitlistPosition, Registrant registrant, String channel, Instant requestedAt,
                               Instant cancelledAt) implements Serializable {

        public boolean active() {
            return "CONFIRMED".equals(status) || "WAITLISTED".equals(status);
        }
    }

    public record EventRef(String eventId, String seriesId, String title, Instant startsAt, String scheduleLabel,
                           String organizerId) implements Serializable {
    }

    /** What a series sign-up did for one session: a registration, or why that session took none. */
    public record SessionOutcome(String eventId, Integer session, String scheduleLabel, Registration registration,
                                 String refusal) implements Serializable {
    }

    public record Registrant(String name, String nameKana, String phone, String email) implements Serializable {
    }
}
