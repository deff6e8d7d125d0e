package jp.kizuna.registry.organization;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;
import jp.kizuna.platform.security.Actor;
import jp.kizuna.platform.time.HistoricDate;

/**
 * One entry of an organization's stage history: from which step to which, since when, on what
 * evidence, and who recorded it when.
 *
 * @param from           null for the first assessment
 * @param recordedBy     the subject of who recorded it
 * @param recordedByName whom people see: the display name, or {@code recordedBy} (also for changes recorded
 *                       before display names were kept)
 */
public record StageChange(
        DevelopmentStage from,
        DevelopmentStage to,
        HistoricDate effectiveOn,
        StageEvidence evidence,
        String note,
        @Schema(description = "Subject of who recorded the change: a person's account id (opaque), or a machine client's id")
        String recordedBy,
        @Schema(description = "Who recorded the change as people read it: the person's display name, or `recordedBy` for a machine caller and for changes recorded before display names were kept. Never an e-mail address.", example = "鈴木 誠（地域づくり課）")
        String recordedByName,
        Instant recordedAt) {

    public StageChange {
        recordedByName = Actor.nameOr(recordedByName, recordedBy);
    }

    public boolean movesBack() {
        return from != null && to.isBefore(from);
    }
}
