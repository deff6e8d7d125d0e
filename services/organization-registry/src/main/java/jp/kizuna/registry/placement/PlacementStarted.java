package jp.kizuna.registry.placement;

import java.time.Instant;

import jp.kizuna.platform.contracts.EventTypes;
import jp.kizuna.platform.contracts.Topics;
import jp.kizuna.platform.events.IntegrationEvent;

/** A person (or a group, headcount) was placed under a staff programme. Schema: docs/events.md. */
public record PlacementStarted(String placementId, PlacementSnapshot placement, Instant recordedAt)
        implements IntegrationEvent {

    @Override
    public String topic() {
        return Topics.REGISTRY_PLACEMENT;
    }

    @Override
    public String eventType() {
        return EventTypes.PLACEMENT_STARTED;
    }

    @Override
    public String aggregateId() {
        return placementId;
    }
}
