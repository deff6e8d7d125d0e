package jp.kizuna.subsidy.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.kizuna.platform.security.Actor;
import jp.kizuna.platform.web.ProblemException;
import jp.kizuna.subsidy.programme.Criterion;
import org.junit.jupiter.api.Test;

class RankingTest {

    static final List<Criterion> CRITERIA = List.of(new Criterion("有益性", 3), new Criterion("緊急性", 1));
    static final Instant T0 = Instant.parse("2026-06-01T00:00:00Z");
    static final Actor REVIEWER = new Actor("reviewer-1", "会津 太郎（審査委員）");

    static Candidate candidate(String id, String organization, int minutesAfter) {
        return new Candidate(id, organization, 100_000, T0.plusSeconds(60L * minutesAfter));
    }

    static Score score(String reviewer, String application, int usefulness, int urgency) {
        return new Score(reviewer, null, application, Map.of("有益性", usefulness, "緊急性", urgency), T0);
    }

    @Test
    void theWeightedMeanOfTheReviewersDecidesTheOrder() {
        List<Candidate> candidates = List.of(candidate("a", "org-a", 0), candidate("b", "org-b", 1));
        List<Score> scores = List.of(
                score("r1", "a", 3, 5),   // (9 + 5) / 4 = 3.5
                score("r2", "a", 3, 1),   // (9 + 1) / 4 = 2.5  -> mean 3.0
                score("r1", "b", 4, 0));  // 12 / 4 = 3.0 + tie? no: 3.0 vs 3.0 -> earlier submission first

        List<Ranking.Place> places = Ranking.of(candidates, scores, CRITERIA);

        assertThat(places).extracting(p -> p.candidate().applicationId()).containsExactly("a", "b");
        assertThat(places.get(0).score()).isEqualByComparingTo("3.0");
        assertThat(places.get(0).reviewers()).isEqualTo(2);
        assertThat(places.get(1).score()).isEqualByComparingTo("3.0");
    }

    @Test
    void aHigherScoreWinsOverAnEarlierSubmissionAndUnscoredApplicationsComeLast() {
        List<Candidate> candidates = List.of(candidate("early", "x", 0), candidate("late", "y", 10),
                candidate("unscored", "z", 5));
        List<Score> scores = List.of(score("r1", "early", 1, 1), score("r1", "late", 5, 5));

        assertThat(Ranking.of(candidates, scores, CRITERIA)).extracting(p -> p.candidate().applicationId() + "#" + p.rank())
                .containsExactly("late#1", "early#2", "unscored#3");
    }

    @Test
    void aReviewerConnectedToTheApplicantIsRecused() {
        ScreeningRound round = new ScreeningRound("p:FY2026", "2 applications for 1 place(s)", T0);
        round.appoint(new Reviewer("reviewer-1", "会津太郎", Set.of("org-a")));

        assertThatThrownBy(() -> round.score(REVIEWER, candidate("a", "org-a", 0), Map.of("有益性", 5, "緊急性", 5),
                CRITERIA, T0)).isInstanceOf(ProblemException.class).hasMessageContaining("recused");
        round.score(REVIEWER, candidate("b", "org-b", 0), Map.of("有益性", 5, "緊急性", 5), CRITERIA, T0);
        assertThat(round.scores()).singleElement().extracting(Score::applicationId).isEqualTo("b");
        assertThat(round.scores().getFirst().reviewer()).isEqualTo("reviewer-1");
        assertThat(round.scores().getFirst().reviewerName()).isEqualTo("会津 太郎（審査委員）");
    }

    @Test
    void scoresAreZeroToFiveOnEveryCriterionOfTheProgramme() {
        ScreeningRound round = new ScreeningRound("p:FY2026", "x", T0);
        round.appoint(new Reviewer("reviewer-1", "会津花子", Set.of()));
        Candidate a = candidate("a", "org-a", 0);

        assertThatThrownBy(() -> round.score(REVIEWER, a, Map.of("有益性", 6, "緊急性", 1), CRITERIA, T0))
                .hasMessageContaining("from 0 to 5");
        assertThatThrownBy(() -> round.score(REVIEWER, a, Map.of("有益性", 3), CRITERIA, T0))
                .hasMessageContaining("緊急性");
        assertThatThrownBy(() -> round.score(REVIEWER, a, Map.of("有益性", 3, "緊急性", 1, "人気", 5), CRITERIA, T0))
                .hasMessageContaining("Only the programme's criteria");
        assertThatThrownBy(() -> round.score(Actor.of("stranger"), a, Map.of("有益性", 3, "緊急性", 1), CRITERIA, T0))
                .hasMessageContaining("not on this committee");
    }
}
