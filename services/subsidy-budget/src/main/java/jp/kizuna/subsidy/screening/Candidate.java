package jp.kizuna.subsidy.screening;

import java.time.Instant;

/** An application competing in a round: who applied, for how much, and when it was submitted. */
public record Candidate(String applicationId, String organizationId, long requestedAmount, Instant submittedAt) {
}
