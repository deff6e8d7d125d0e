package jp.kizuna.kpi.participation;

import jp.kizuna.platform.web.params.SupportedFiscalYear;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Participation in community events per fiscal year, from the events service's attendance. */
@RestController
class ParticipationController {

    private final ParticipationReadModel participation;

    ParticipationController(ParticipationReadModel participation) {
        this.participation = participation;
    }

    @GetMapping("/api/kpi/participation")
    ParticipationReadModel.YearParticipation ofYear(@RequestParam @SupportedFiscalYear int fiscalYear) {
        return participation.ofYear(fiscalYear);
    }
}
