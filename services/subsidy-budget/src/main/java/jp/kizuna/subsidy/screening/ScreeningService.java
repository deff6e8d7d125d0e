package jp.kizuna.subsidy.screening;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import jp.kizuna.platform.security.CityStaffOnly;
import jp.kizuna.platform.web.GuardedChange;
import jp.kizuna.platform.web.IfMatch;
import jp.kizuna.platform.web.ProblemException;
import jp.kizuna.subsidy.application.ApplicationService;
import jp.kizuna.subsidy.application.SubsidyApplication;
import jp.kizuna.subsidy.programme.ProgrammeService;
import jp.kizuna.subsidy.programme.SubsidyProgramme;
import org.springframework.stereotype.Service;

/**
 * The screening committee at work: the city appoints reviewers, each scores the applications they
 * are not connected with, the ranking follows from the weighted scores, and the decision approves
 * in rank order as far as the envelope (and cap) allow, rejecting the rest with their rank.
 */
@Service
public class ScreeningService {

    private final ScreeningRounds rounds;
    private final ProgrammeService programmes;
    private final ApplicationService applications;
    private final GuardedChange<ScreeningRound> guarded;

    ScreeningService(ScreeningRounds rounds, ProgrammeService programmes, ApplicationService applications, Clock clock) {
        this.rounds = rounds;
        this.programmes = programmes;
        this.applications = applications;
        this.guarded = new GuardedChange<>(this::round, ScreeningRound::version, rounds::save, clock);
    }

    /** The round, its scores and the current ranking; the city's only, as the applications are. */
    @CityStaffOnly
    public ScreeningView view(String programmeId) {
        ScreeningRound round = round(programmeId);
        return ScreeningView.of(round, ranking(round));
    }

    @CityStaffOnly
    public ScreeningView appoint(String programmeId, IfMatch ifMatch, Reviewer reviewer) {
        return viewOf(guarded.apply(programmeId, ifMatch, (round, by, now) -> round.appoint(reviewer)));
    }

    /** A reviewer scores an application; only the reviewer themself, by their token's subject. */
    @CityStaffOnly
    public ScreeningView score(String programmeId, String applicationId, IfMatch ifMatch, Map<String, Integer> scores) {
        SubsidyProgramme programme = programmes.get(programmeId);
        Candidate candidate = candidates(programmeId).stream().filter(c -> c.applicationId().equals(applicationId))
                .findFirst().orElseThrow(() -> ProblemException.notFound("Undecided application of " + programmeId,
                        applicationId));
        return viewOf(guarded.apply(programmeId, ifMatch,
                (round, by, now) -> round.score(by, candidate, scores, programme.criteria(), now)));
    }

    /** Decides every candidate in rank order: approved while the envelope allows, rejected otherwise. */
    @CityStaffOnly
    public ScreeningView decide(String programmeId, IfMatch ifMatch) {
        ScreeningRound round = guarded.apply(programmeId, ifMatch, (open, by, now) -> open.markDecided());
        // the applications are decided only now, so the ranking of the saved round is the one the screening decided
        List<Ranking.Place> ranking = ranking(round);
        for (Ranking.Place place : ranking) {
            applications.decideByScreening(place.candidate().applicationId(),
                    "審査会順位 " + place.rank() + " 位：予算枠または採択件数の上限を超えるため不採択");
        }
        return ScreeningView.of(round, ranking);
    }

    private List<Ranking.Place> ranking(ScreeningRound round) {
        return Ranking.of(candidates(round.programmeId()), round.scores(), programmes.get(round.programmeId()).criteria());
    }

    private List<Candidate> candidates(String programmeId) {
        return applications.undecided(programmeId).stream().map(ScreeningService::candidate).toList();
    }

    private static Candidate candidate(SubsidyApplication a) {
        return new Candidate(a.id(), a.organizationId(), a.requestedAmount(), a.submittedAt());
    }

    private ScreeningRound round(String programmeId) {
        programmes.get(programmeId);
        return rounds.find(programmeId).orElseThrow(() -> ProblemException.notFound("Screening round of", programmeId));
    }

    private ScreeningView viewOf(ScreeningRound round) {
        return ScreeningView.of(round, ranking(round));
    }
}
