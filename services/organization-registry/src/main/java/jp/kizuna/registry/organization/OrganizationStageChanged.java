package jp.kizuna.registry.organization;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An organization moved to another step of the support model, forward or back. Schema: docs/events.md.
 */
public record OrganizationStageChanged(
        String organizationId,
        DevelopmentStage previousStage,
        DevelopmentStage stage,
        LocalDate effectiveOn,
        StageEvidence evidence,
        OrganizationSnapshot organization,
        Instant recordedAt) implements OrganizationEvent {
}
