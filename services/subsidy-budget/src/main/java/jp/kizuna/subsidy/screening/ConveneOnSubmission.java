package jp.kizuna.subsidy.screening;

import java.time.Clock;

import jp.kizuna.subsidy.application.ApplicationService;
import jp.kizuna.subsidy.application.ApplicationSubmitted;
import jp.kizuna.subsidy.programme.ProgrammeService;
import jp.kizuna.subsidy.programme.SubsidyProgramme;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Convenes a programme's screening committee when a submission leaves it oversubscribed: more undecided
 * applications than its cap, or more asked for than what remains of its envelope. Reacts to the
 * application's own event within the submitting call, so the screening depends on the applications and not
 * the other way round.
 */
@Component
class ConveneOnSubmission {

    private final ScreeningRounds rounds;
    private final ProgrammeService programmes;
    private final ApplicationService applications;
    private final Clock clock;

    ConveneOnSubmission(ScreeningRounds rounds, ProgrammeService programmes, ApplicationService applications, Clock clock) {
        this.rounds = rounds;
        this.programmes = programmes;
        this.applications = applications;
        this.clock = clock;
    }

    @EventListener
    void on(ApplicationSubmitted submitted) {
        SubsidyProgramme programme = programmes.get(submitted.application().programmeId());
        rounds.conveneIfCompeting(programme, applications.undecided(programme.id()), clock.instant());
    }
}
