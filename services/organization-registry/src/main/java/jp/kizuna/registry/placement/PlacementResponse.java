package jp.kizuna.registry.placement;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;
import jp.kizuna.platform.time.HistoricDate;

/** A placement as the API shows it. */
public record PlacementResponse(
        String id,
        PlacementProgramme programme,
        String programmeJapanese,
        String hostOrganizationId,
        String area,
        String role,
        int headcount,
        HistoricDate startedOn,
        HistoricDate plannedEndOn,
        HistoricDate endedOn,
        PlacementStatus status,
        PlacementOutcome outcome,
        String outcomeJapanese,
        String note,
        @Schema(description = "Subject of who recorded the placement: a person's account id (opaque), or a machine client's or the seed's id")
        String startedBy,
        @Schema(description = "Who recorded the placement as people read it: the display name, or `startedBy` for a machine caller and for placements recorded before display names were kept. Never an e-mail address.", example = "鈴木 誠（地域づくり課）")
        String startedByName,
        Instant recordedAt,
        @Schema(description = "Subject of who recorded the end")
        String endedBy,
        @Schema(description = "Who recorded the end as people read it: the display name, or `endedBy`. Never an e-mail address.", example = "鈴木 誠（地域づくり課）")
        String endedByName,
        Instant endRecordedAt,
        long version) {

    static PlacementResponse of(StaffPlacement p) {
        return new PlacementResponse(p.id(), p.programme(), p.programme().japaneseName(), p.hostOrganizationId(),
                p.area(), p.role(), p.headcount(), p.startedOn(), p.plannedEndOn(), p.endedOn(), p.status(),
                p.outcome(), p.outcome() == null ? null : p.outcome().japaneseName(), p.note(), p.startedBy(),
                p.startedByName(), p.recordedAt(), p.endedBy(), p.endedByName(), p.endRecordedAt(), p.version() == null ? 0 : p.version());
    }
}
