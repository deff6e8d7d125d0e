package jp.kizuna.subsidy.screening;

import java.time.Instant;
import java.util.Map;

/** One reviewer's scores (0–5 per criterion) for one application. */
public record Score(String reviewer, String applicationId, Map<String, Integer> byCriterion, Instant at) {
}
