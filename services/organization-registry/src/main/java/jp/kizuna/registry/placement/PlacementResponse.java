package jp.kizuna.registry.placement;

import java.time.Instant;

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
        String startedBy,
        Instant recordedAt,
        String endedBy,
        Instant endRecordedAt,
        long version) {

    static PlacementResponse of(StaffPlacement p) {
        return new PlacementResponse(p.id(), p.programme(), p.programme().japaneseName(), p.hostOrganizationId(),
                p.area(), p.role(), p.headcount(), p.startedOn(), p.plannedEndOn(), p.endedOn(), p.status(),
                p.outcome(), p.outcome() == null ? null : p.outcome().japaneseName(), p.note(), p.startedBy(),
                p.recordedAt(), p.endedBy(), p.endRecordedAt(), p.version() == null ? 0 : p.version());
    }
}
