package jp.kizuna.subsidy.screening;

import java.time.Instant;
import java.util.List;

/** A screening round as the API shows it to the city: committee, scores and ranking. */
public record ScreeningView(String programmeId, Instant convenedAt, String convenedBecause, boolean decided,
                            List<Reviewer> reviewers, List<Score> scores, List<Ranking.Place> ranking, long version) {

    static ScreeningView of(ScreeningRound round, List<Ranking.Place> ranking) {
        return new ScreeningView(round.programmeId(), round.convenedAt(), round.convenedBecause(), round.decided(),
                round.reviewers(), round.scores(), ranking, round.version() == null ? 0 : round.version());
    }
}
