package jp.kizuna.subsidy.screening;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jp.kizuna.platform.security.Actor;
import jp.kizuna.platform.web.ProblemException;
import jp.kizuna.subsidy.programme.Criterion;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The screening committee (審査会) of a programme's year, convened when its applications exceed the
 * cap or the envelope: its reviewers and their scores. The candidates are the programme's
 * undecided applications at the time of ranking.
 */
@Document("screening_rounds")
public class ScreeningRound {

    @Id
    private String programmeId;
    private Instant convenedAt;
    private String convenedBecause;
    private List<Reviewer> reviewers = new ArrayList<>();
    private List<Score> scores = new ArrayList<>();
    private boolean decided;
    @Version
    private Long version;

    protected ScreeningRound() {
    }

    public ScreeningRound(String programmeId, String because, Instant now) {
        this.programmeId = programmeId;
        this.convenedBecause = because;
        this.convenedAt = now;
    }

    public void appoint(Reviewer reviewer) {
        requireOpen();
        if (reviewers.stream().anyMatch(r -> r.subject().equals(reviewer.subject()))) {
            throw ProblemException.conflict("Reviewer " + reviewer.subject() + " is already on the committee.");
        }
        reviewers.add(reviewer);
    }

    /** Records (or replaces) a reviewer's scores for one candidate; a connected reviewer is recused. */
    public void score(Actor scorer, Candidate candidate, Map<String, Integer> byCriterion,
                      List<Criterion> criteria, Instant now) {
        requireOpen();
        String reviewerSubject = scorer.subject();
        Reviewer reviewer = reviewers.stream().filter(r -> r.subject().equals(reviewerSubject)).findFirst()
                .orElseThrow(() -> ProblemException.ruleViolated(reviewerSubject + " is not on this committee."));
        if (reviewer.recusedFrom(candidate.organizationId())) {
            throw ProblemException.ruleViolated(reviewer.name() + " is connected to the applicant and is recused from "
                    + "scoring this application.");
        }
        for (Criterion criterion : criteria) {
            Integer value = byCriterion.get(criterion.name());
            if (value == null || value < 0 || value > 5) {
                throw ProblemException.ruleViolated("Score every criterion from 0 to 5; '" + criterion.name() + "' is "
                        + value + ".");
            }
        }
        if (!criteria.stream().map(Criterion::name).toList().containsAll(byCriterion.keySet())) {
            throw ProblemException.ruleViolated("Only the programme's criteria are scored: "
                    + criteria.stream().map(Criterion::name).toList() + ".");
        }
        scores.removeIf(s -> s.reviewer().equals(reviewerSubject) && s.applicationId().equals(candidate.applicationId()));
        scores.add(Score.of(scorer, candidate.applicationId(), Map.copyOf(byCriterion), now));
    }

    public void markDecided() {
        requireOpen();
        decided = true;
    }

    private void requireOpen() {
        if (decided) {
            throw ProblemException.conflict("The screening of " + programmeId + " has been decided.");
        }
    }

    public String programmeId() {
        return programmeId;
    }

    public Instant convenedAt() {
        return convenedAt;
    }

    public String convenedBecause() {
        return convenedBecause;
    }

    public List<Reviewer> reviewers() {
        return List.copyOf(reviewers);
    }

    public List<Score> scores() {
        return List.copyOf(scores);
    }

    public boolean decided() {
        return decided;
    }

    public Long version() {
        return version;
    }
}
