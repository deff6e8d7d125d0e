package jp.kizuna.registry.placement;

public enum PlacementStatus {
    ACTIVE,
    ENDED
}
