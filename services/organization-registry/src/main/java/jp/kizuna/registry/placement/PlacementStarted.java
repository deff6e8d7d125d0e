package jp.kizuna.registry.placement;

import java.time.Instant;

/** A person (or a group, headcount) was placed under a staff programme. Schema: docs/events.md. */
public record PlacementStarted(String placementId, PlacementSnapshot placement, Instant recordedAt)
        implements PlacementEvent {
}
