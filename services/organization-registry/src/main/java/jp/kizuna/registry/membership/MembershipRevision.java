package jp.kizuna.registry.membership;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;
import jp.kizuna.platform.security.Actor;

/**
 * One version of a report's figures: the first report is revision 1, each correction adds one.
 *
 * @param by     the subject of who recorded it
 * @param byName whom people see: the display name, or {@code by} (also for revisions kept before display names were)
 */
public record MembershipRevision(int revision, int memberHouseholds, int totalHouseholds, String reason,
                                 @Schema(description = "Subject of who recorded the figures: a person's account id (opaque), or a machine client's id")
                                 String by,
                                 @Schema(description = "Who recorded the figures as people read it: the display name, or `by` for a machine caller and for revisions made before display names were kept. Never an e-mail address.", example = "鈴木 誠（地域づくり課）")
                                 String byName,
                                 Instant at) {

    public MembershipRevision {
        byName = Actor.nameOr(byName, by);
    }
}
