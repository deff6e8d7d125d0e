package jp.kizuna.registry.organization;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An organization was dissolved (解散); it stays in the register with its history. Schema: docs/events.md.
 */
public record OrganizationDissolved(
        String organizationId,
        LocalDate dissolvedOn,
        String reason,
        OrganizationSnapshot organization,
        Instant recordedAt) implements OrganizationEvent {
}
