package jp.kizuna.web.kpi;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The KPI dashboard: each indicator's target, official actual, the live value derived from the platform's
 * events and the achievement rate per fiscal year, the KPI service's chart, and the evaluation sheet and
 * open data to download.
 */
@Controller
class KpiController {

    private final Indicators indicators;

    KpiController(Indicators indicators) {
        this.indicators = indicators;
    }

    @ModelAttribute("section")
    String section() {
        return "kpi";
    }

    @GetMapping("/kpi")
    String dashboard(Model model) {
        model.addAttribute("indicators", indicators.all());
        return "kpi/dashboard";
    }

    @GetMapping("/open-data")
    String openData() {
        return "kpi/open-data";
    }
}
