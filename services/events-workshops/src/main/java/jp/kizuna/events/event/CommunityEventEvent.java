package jp.kizuna.events.event;

import jp.kizuna.platform.contracts.EventTypes;
import jp.kizuna.platform.contracts.Topics;
import jp.kizuna.platform.events.IntegrationEvent;

/**
 * An event of the event stream: published on {@link Topics#EVENTS_EVENT}, keyed by the event id (the
 * name doubles: an integration event about a {@link CommunityEvent}). The routing lives here once; each
 * record names only its type and its data.
 */
public sealed interface CommunityEventEvent extends IntegrationEvent
        permits EventPublished, EventChanged, EventCancelled {

    String eventId();

    @Override
    default String topic() {
        return Topics.EVENTS_EVENT;
    }

    @Override
    default String eventType() {
        return switch (this) {
            case EventPublished e -> EventTypes.EVENT_PUBLISHED;
            case EventChanged e -> EventTypes.EVENT_CHANGED;
            case EventCancelled e -> EventTypes.EVENT_CANCELLED;
        };
    }

    @Override
    default String aggregateId() {
        return eventId();
    }
}
