package jp.kizuna.registry.organization;

import jp.kizuna.platform.contracts.EventTypes;
import jp.kizuna.platform.contracts.Topics;
import jp.kizuna.platform.events.IntegrationEvent;

/**
 * An event of the organization stream: published on {@link Topics#REGISTRY_ORGANIZATION}, keyed by
 * the organization id. The routing lives here once; each record names only its type and its data.
 */
public sealed interface OrganizationEvent extends IntegrationEvent
        permits OrganizationRegistered, OrganizationUpdated, OrganizationStageChanged, OrganizationDissolved {

    String organizationId();

    @Override
    default String topic() {
        return Topics.REGISTRY_ORGANIZATION;
    }

    @Override
    default String eventType() {
        return switch (this) {
            case OrganizationRegistered e -> EventTypes.ORGANIZATION_REGISTERED;
            case OrganizationUpdated e -> EventTypes.ORGANIZATION_UPDATED;
            case OrganizationStageChanged e -> EventTypes.ORGANIZATION_STAGE_CHANGED;
            case OrganizationDissolved e -> EventTypes.ORGANIZATION_DISSOLVED;
        };
    }

    @Override
    default String aggregateId() {
        return organizationId();
    }
}
