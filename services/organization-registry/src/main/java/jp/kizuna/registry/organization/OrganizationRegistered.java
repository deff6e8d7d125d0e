package jp.kizuna.registry.organization;

import java.time.Instant;

/**
 * An organization was entered into the register. Schema: docs/events.md.
 */
public record OrganizationRegistered(
        String organizationId,
        OrganizationSnapshot organization,
        Instant registeredAt) implements OrganizationEvent {
}
