package jp.kizuna.events.event;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The state of an event that its events carry. Times are ISO-8601 with the +09:00 offset; an event
 * whose day is not decided has no start and carries its {@code tentativeMonth}.
 */
public record EventSnapshot(String id, String seriesId, Integer session, String organizerId, String organizerName,
                            String title, EventKind kind, EventStatus status, LocalDate date, String tentativeMonth,
                            OffsetDateTime startsAt, OffsetDateTime endsAt, String scheduleLabel, String venueName,
                            List<String> districts, Integer capacity, String projectCode, int fiscalYear, int revision) {
}
