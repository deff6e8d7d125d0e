package jp.kizuna.registry.organization;

import java.time.Instant;
import java.time.LocalDate;

import jp.kizuna.platform.contracts.EventTypes;
import jp.kizuna.platform.contracts.Topics;
import jp.kizuna.platform.events.IntegrationEvent;

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
        Instant recordedAt) implements IntegrationEvent {

    @Override
    public String topic() {
        return Topics.REGISTRY_ORGANIZATION;
    }

    @Override
    public String eventType() {
        return EventTypes.ORGANIZATION_STAGE_CHANGED;
    }

    @Override
    public String aggregateId() {
        return organizationId;
    }
}
