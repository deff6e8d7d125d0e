package jp.kizuna.registry.organization;

import java.time.Instant;
import java.util.List;

import jp.kizuna.platform.contracts.EventTypes;
import jp.kizuna.platform.contracts.Topics;
import jp.kizuna.platform.events.IntegrationEvent;

/**
 * An organization's name, registration, profile, activities, links, visions or
 * facility contracts changed; {@code changedFields} names the fields. Schema: docs/events.md.
 */
public record OrganizationUpdated(
        String organizationId,
        List<String> changedFields,
        OrganizationSnapshot organization,
        Instant updatedAt) implements IntegrationEvent {

    @Override
    public String topic() {
        return Topics.REGISTRY_ORGANIZATION;
    }

    @Override
    public String eventType() {
        return EventTypes.ORGANIZATION_UPDATED;
    }

    @Override
    public String aggregateId() {
        return organizationId;
    }
}
