package jp.kizuna.registry.placement;

import java.time.Instant;

import jp.kizuna.platform.contracts.EventTypes;
import jp.kizuna.platform.contracts.Topics;
import jp.kizuna.platform.events.IntegrationEvent;

/** A placement ended, with what became of the people placed. Schema: docs/events.md. */
public record PlacementEnded(String placementId, PlacementSnapshot placement, Instant recordedAt)
        implements IntegrationEvent {

    @Override
    public String topic() {
        return Topics.REGISTRY_PLACEMENT;
    }

    @Override
    public String eventType() {
        return EventTypes.PLACEMENT_ENDED;
    }

    @Override
    public String aggregateId() {
        return placementId;
    }
}
