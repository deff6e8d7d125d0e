package jp.kizuna.registry.placement;

import java.time.Instant;

/** A placement ended, with what became of the people placed. Schema: docs/events.md. */
public record PlacementEnded(String placementId, PlacementSnapshot placement, Instant recordedAt)
        implements PlacementEvent {
}
