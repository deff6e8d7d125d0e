package jp.kizuna.events.attendance;

import jp.kizuna.platform.contracts.EventTypes;
import jp.kizuna.platform.contracts.Topics;
import jp.kizuna.platform.events.IntegrationEvent;

/**
 * An event of the attendance stream: published on {@link Topics#EVENTS_ATTENDANCE}, keyed by
 * the event id. The routing lives here once; each record names only its type and its data.
 */
public sealed interface AttendanceEvent extends IntegrationEvent
        permits AttendanceRecorded {

    String eventId();

    @Override
    default String topic() {
        return Topics.EVENTS_ATTENDANCE;
    }

    @Override
    default String eventType() {
        return switch (this) {
            case AttendanceRecorded e -> EventTypes.ATTENDANCE_RECORDED;
        };
    }

    @Override
    default String aggregateId() {
        return eventId();
    }
}
