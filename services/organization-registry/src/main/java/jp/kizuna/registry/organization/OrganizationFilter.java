package jp.kizuna.registry.organization;

/** What a list of organizations is narrowed to; every part is optional. */
public record OrganizationFilter(OrganizationKind kind, String district, DevelopmentStage stage,
                                 OrganizationStatus status, String query) {
}
