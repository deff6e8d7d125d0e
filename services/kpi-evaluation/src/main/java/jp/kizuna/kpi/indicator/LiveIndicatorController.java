package jp.kizuna.kpi.indicator;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class LiveIndicatorController {

    private final LiveIndicatorService service;

    LiveIndicatorController(LiveIndicatorService service) {
        this.service = service;
    }

    /** The current fiscal year's provisional value, derived from the other services' events. */
    @GetMapping("/api/kpi/indicators/{indicator}/live")
    LiveIndicatorValue live(@PathVariable String indicator) {
        return service.liveValue(indicator);
    }
}
