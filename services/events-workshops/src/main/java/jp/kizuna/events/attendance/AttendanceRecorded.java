package jp.kizuna.events.attendance;

import java.time.Instant;

import jp.kizuna.platform.contracts.EventTypes;
import jp.kizuna.platform.contracts.Topics;
import jp.kizuna.platform.events.IntegrationEvent;

/** An event's attendance changed; carries the whole of it. Schema: docs/events.md. */
public record AttendanceRecorded(String eventId, AttendanceSnapshot attendance, Instant recordedAt) implements IntegrationEvent {

    @Override
    public String topic() {
        return Topics.EVENTS_ATTENDANCE;
    }

    @Override
    public String eventType() {
        return EventTypes.ATTENDANCE_RECORDED;
    }

    @Override
    public String aggregateId() {
        return eventId;
    }
}
