package jp.kizuna.subsidy.screening;

import java.time.Instant;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import jp.kizuna.platform.security.Actor;

/**
 * One reviewer's scores (0–5 per criterion) for one application.
 *
 * @param reviewer     the subject of the reviewer who scored, as on the committee (what recusal and replacing
 *                     one's own scores compare)
 * @param reviewerName whom people see: the reviewer's display name when they scored, or {@code reviewer}
 *                     (also for scores kept before display names were)
 */
public record Score(
        @Schema(description = "Subject of the reviewer who scored, as appointed to the committee")
        String reviewer,
        @Schema(description = "The reviewer as people read it: their display name when they scored, or `reviewer` for a machine caller and for scores given before display names were kept. Never an e-mail address.", example = "鈴木 誠（地域づくり課）")
        String reviewerName,
        String applicationId, Map<String, Integer> byCriterion, Instant at) {

    public Score {
        reviewerName = Actor.nameOr(reviewerName, reviewer);
    }

    static Score of(Actor reviewer, String applicationId, Map<String, Integer> byCriterion, Instant at) {
        return new Score(reviewer.subject(), reviewer.name(), applicationId, byCriterion, at);
    }
}
