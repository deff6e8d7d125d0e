package jp.kizuna.registry.organization;

import java.time.Instant;

import jp.kizuna.platform.time.HistoricDate;

/**
 * One entry of an organization's stage history: from which step to which, since when, on what
 * evidence, and who recorded it when.
 *
 * @param from null for the first assessment
 */
public record StageChange(
        DevelopmentStage from,
        DevelopmentStage to,
        HistoricDate effectiveOn,
        StageEvidence evidence,
        String note,
        String recordedBy,
        Instant recordedAt) {

    public boolean movesBack() {
        return from != null && to.isBefore(from);
    }
}
