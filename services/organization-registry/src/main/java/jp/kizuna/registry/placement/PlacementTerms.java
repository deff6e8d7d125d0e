package jp.kizuna.registry.placement;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jp.kizuna.platform.text.MultiLineText;
import jp.kizuna.platform.time.HistoricDate;

/**
 * Body of {@code POST /api/registry/placements}: who is placed where, for what, from when.
 *
 * @param id                 optional stable id; a random one otherwise
 * @param hostOrganizationId the organization the staff work for, if any (e.g. as its secretariat)
 * @param area               the district served; empty for city-wide work
 * @param headcount          1 for a person (the default); more for a group recorded together
 */
public record PlacementTerms(
        @Pattern(regexp = "[a-z0-9][a-z0-9-]{2,63}", message = "must be 3-64 lower-case letters, digits or hyphens") String id,
        @NotNull PlacementProgramme programme,
        @Size(max = 64) String hostOrganizationId,
        @Size(max = 50) String area,
        @NotBlank @Size(max = 300) String role,
        @Positive @Max(100) Integer headcount,
        @NotNull HistoricDate startedOn,
        HistoricDate plannedEndOn,
        @MultiLineText @Size(max = 2000) String note) {
}
