package jp.kizuna.registry.organization;

import java.time.Instant;
import java.time.LocalDate;

import jp.kizuna.platform.contracts.EventTypes;
import jp.kizuna.platform.contracts.Topics;
import jp.kizuna.platform.events.IntegrationEvent;

/**
 * An organization was dissolved (解散); it stays in the register with its history. Schema: docs/events.md.
 */
public record OrganizationDissolved(
        String organizationId,
        LocalDate dissolvedOn,
        String reason,
        OrganizationSnapshot organization,
        Instant recordedAt) implements IntegrationEvent {

    @Override
    public String topic() {
        return Topics.REGISTRY_ORGANIZATION;
    }

    @Override
    public String eventType() {
        return EventTypes.ORGANIZATION_DISSOLVED;
    }

    @Override
    public String aggregateId() {
        return organizationId;
    }
}
