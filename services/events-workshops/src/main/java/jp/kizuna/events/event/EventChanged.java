package jp.kizuna.events.event;

import java.time.Instant;

import jp.kizuna.platform.contracts.EventTypes;
import jp.kizuna.platform.contracts.Topics;
import jp.kizuna.platform.events.IntegrationEvent;

/** A published event's details changed (schedule, venue, capacity, texts). Schema: docs/events.md. */
public record EventChanged(String eventId, EventSnapshot event, Instant recordedAt) implements IntegrationEvent {

    @Override
    public String topic() {
        return Topics.EVENTS_EVENT;
    }

    @Override
    public String eventType() {
        return EventTypes.EVENT_CHANGED;
    }

    @Override
    public String aggregateId() {
        return eventId;
    }
}
