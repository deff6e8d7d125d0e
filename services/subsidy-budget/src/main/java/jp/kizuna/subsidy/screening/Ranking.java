package jp.kizuna.subsidy.screening;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jp.kizuna.subsidy.programme.Criterion;

/**
 * Ranks the candidates of a round. A reviewer's score for an application is the weighted mean of
 * their criterion scores; the application's score is the mean over the reviewers who scored it (a
 * recused reviewer never has). Higher first; unscored applications last; ties in order of
 * submission.
 */
public final class Ranking {

    private Ranking() {
    }

    /** A candidate's place: its score (null when unscored), how many reviewers scored it, and its rank from 1. */
    public record Place(Candidate candidate, BigDecimal score, int reviewers, int rank) {
    }

    public static List<Place> of(List<Candidate> candidates, List<Score> scores, List<Criterion> criteria) {
        int totalWeight = criteria.stream().mapToInt(Criterion::weight).sum();
        record Scored(Candidate candidate, BigDecimal score, int reviewers) {
        }
        List<Scored> scored = new ArrayList<>();
        for (Candidate candidate : candidates) {
            List<BigDecimal> perReviewer = scores.stream()
                    .filter(s -> s.applicationId().equals(candidate.applicationId()))
                    .map(s -> weighted(s.byCriterion(), criteria, totalWeight)).toList();
            BigDecimal mean = perReviewer.isEmpty() ? null : perReviewer.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(perReviewer.size()), 3, RoundingMode.HALF_UP);
            scored.add(new Scored(candidate, mean, perReviewer.size()));
        }
        scored.sort(Comparator.comparing((Scored s) -> s.score(), Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(s -> s.candidate().submittedAt()));
        List<Place> places = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            places.add(new Place(scored.get(i).candidate(), scored.get(i).score(), scored.get(i).reviewers(), i + 1));
        }
        return places;
    }

    private static BigDecimal weighted(Map<String, Integer> byCriterion, List<Criterion> criteria, int totalWeight) {
        if (totalWeight == 0) {
            return BigDecimal.ZERO;
        }
        long sum = criteria.stream().mapToLong(c -> (long) c.weight() * byCriterion.getOrDefault(c.name(), 0)).sum();
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(totalWeight), 3, RoundingMode.HALF_UP);
    }
}
