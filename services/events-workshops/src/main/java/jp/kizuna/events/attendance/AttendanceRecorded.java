package jp.kizuna.events.attendance;

import java.time.Instant;

/** An event's attendance changed; carries the whole of it. Schema: docs/events.md. */
public record AttendanceRecorded(String eventId, AttendanceSnapshot attendance, Instant recordedAt) implements AttendanceEvent {
}
