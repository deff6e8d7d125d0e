package jp.kizuna.registry.organization;

/** Whether an organization is still active. */
public enum OrganizationStatus {
    ACTIVE,
    DISSOLVED
}
