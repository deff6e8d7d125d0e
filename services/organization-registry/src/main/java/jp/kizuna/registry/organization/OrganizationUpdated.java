package jp.kizuna.registry.organization;

import java.time.Instant;
import java.util.List;

/**
 * An organization's name, registration, profile, activities, links, visions or
 * facility contracts changed; {@code changedFields} names the fields. Schema: docs/events.md.
 */
public record OrganizationUpdated(
        String organizationId,
        List<String> changedFields,
        OrganizationSnapshot organization,
        Instant updatedAt) implements OrganizationEvent {
}
