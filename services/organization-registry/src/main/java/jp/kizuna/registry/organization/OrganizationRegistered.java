package jp.kizuna.registry.organization;

import java.time.Instant;

import jp.kizuna.platform.contracts.EventTypes;
import jp.kizuna.platform.contracts.Topics;
import jp.kizuna.platform.events.IntegrationEvent;

/**
 * An organization was entered into the register. Schema: docs/events.md.
 */
public record OrganizationRegistered(
        String organizationId,
        OrganizationSnapshot organization,
        Instant registeredAt) implements IntegrationEvent {

    @Override
    public String topic() {
        return Topics.REGISTRY_ORGANIZATION;
    }

    @Override
    public String eventType() {
        return EventTypes.ORGANIZATION_REGISTERED;
    }

    @Override
    public String aggregateId() {
        return organizationId;
    }
}
