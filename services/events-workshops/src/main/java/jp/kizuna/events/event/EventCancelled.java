package jp.kizuna.events.event;

import java.time.Instant;

import jp.kizuna.platform.contracts.EventTypes;
import jp.kizuna.platform.contracts.Topics;
import jp.kizuna.platform.events.IntegrationEvent;

/** A public event was cancelled; every registration is cancelled with it, each with its own event. Schema: docs/events.md. */
public record EventCancelled(String eventId, EventSnapshot event, String reason, Instant recordedAt) implements IntegrationEvent {

    @Override
    public String topic() {
        return Topics.EVENTS_EVENT;
    }

    @Override
    public String eventType() {
        return EventTypes.EVENT_CANCELLED;
    }

    @Override
    public String aggregateId() {
        return eventId;
    }
}
