package jp.kizuna.events.event;

import java.time.Instant;

import jp.kizuna.platform.contracts.EventTypes;
import jp.kizuna.platform.contracts.Topics;
import jp.kizuna.platform.events.IntegrationEvent;

/** An event became public: published directly or approved by a city moderator. Schema: docs/events.md. */
public record EventPublished(String eventId, EventSnapshot event, Instant recordedAt) implements IntegrationEvent {

    @Override
    public String topic() {
        return Topics.EVENTS_EVENT;
    }

    @Override
    public String eventType() {
        return EventTypes.EVENT_PUBLISHED;
    }

    @Override
    public String aggregateId() {
        return eventId;
    }
}
