package jp.kizuna.registry.placement;

import jp.kizuna.platform.contracts.EventTypes;
import jp.kizuna.platform.contracts.Topics;
import jp.kizuna.platform.events.IntegrationEvent;

/**
 * An event of the placement stream: published on {@link Topics#REGISTRY_PLACEMENT}, keyed by
 * the placement id. The routing lives here once; each record names only its type and its data.
 */
public sealed interface PlacementEvent extends IntegrationEvent
        permits PlacementStarted, PlacementEnded {

    String placementId();

    @Override
    default String topic() {
        return Topics.REGISTRY_PLACEMENT;
    }

    @Override
    default String eventType() {
        return switch (this) {
            case PlacementStarted e -> EventTypes.PLACEMENT_STARTED;
            case PlacementEnded e -> EventTypes.PLACEMENT_ENDED;
        };
    }

    @Override
    default String aggregateId() {
        return placementId();
    }
}
