package jp.kizuna.kpi.participation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Participation in community events per fiscal year, from the events service's attendance. */
@RestController
@Validated
class ParticipationController {

    private final ParticipationProjection participation;

    ParticipationController(ParticipationProjection participation) {
        this.participation = participation;
    }

    @GetMapping("/api/kpi/participation")
    ParticipationProjection.YearParticipation ofYear(@RequestParam @Min(1989) @Max(2100) int fiscalYear) {
        return participation.ofYear(fiscalYear);
    }
}
