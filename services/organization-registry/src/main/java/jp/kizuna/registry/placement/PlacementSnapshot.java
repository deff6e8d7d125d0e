package jp.kizuna.registry.placement;

import java.time.LocalDate;

/** The state of a placement that its events carry; dates are first days of what the registry knows. */
public record PlacementSnapshot(
        String id,
        PlacementProgramme programme,
        String hostOrganizationId,
        String area,
        String role,
        int headcount,
        LocalDate startedOn,
        LocalDate plannedEndOn,
        LocalDate endedOn,
        PlacementStatus status,
        PlacementOutcome outcome) {
}
