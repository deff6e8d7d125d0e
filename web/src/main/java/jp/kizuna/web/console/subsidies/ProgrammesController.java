package jp.kizuna.web.console.subsidies;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jp.kizuna.web.api.ApiProblemException;
import jp.kizuna.web.page.ProblemMessages;
import jp.kizuna.web.text.JapaneseDates;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The subsidy programmes of a fiscal year: envelope, what is approved and what remains, the application window,
 * the maximum per application and the cap on approvals; city staff set up the next year's here (the API refuses
 * anyone else).
 */
@Controller
class ProgrammesController {

    private final SubsidyDesk desk;
    private final ProblemMessages problems;
    private final MessageSource messages;
    private final Clock clock;

    ProgrammesController(SubsidyDesk desk, ProblemMessages problems, MessageSource messages, Clock clock) {
        this.desk = desk;
        this.problems = problems;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/console/subsidies/programmes")
    String programmes(@RequestParam(required = false) String fiscalYear, Model model) {
        int current = JapaneseDates.fiscalYearOf(LocalDate.now(clock.withZone(SubsidyController.TOKYO)));
        int year = fiscalYear != null && fiscalYear.matches("20\\d{2}") ? Integer.parseInt(fiscalYear) : current;
        model.addAttribute("fiscalYear", year);
        model.addAttribute("programmes", desk.programmes(year));
        model.addAttribute("purposes", SubsidyViews.PURPOSES);
        model.addAttribute("kinds", ProgrammeForm.KINDS);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", ProgrammeForm.empty(year + 1));
        }
        if (!model.containsAttribute("fields")) {
            model.addAttribute("fields", Map.of());
        }
        return "console/subsidies/programmes";
    }

    @PostMapping("/console/subsidies/programmes")
    String create(ProgrammeForm form, Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, String> codes = new LinkedHashMap<>();
        Map<String, Object> terms = form.terms(codes);
        Map<String, String> fields = new LinkedHashMap<>();
        codes.forEach((field, code) -> fields.put(field, messages.getMessage(code, null, locale)));
        if (fields.isEmpty()) {
            try {
                SubsidyViews.Programme created = desk.createProgramme(terms);
                redirect.addFlashAttribute("created", created.name());
                return "redirect:/console/subsidies/programmes?fiscalYear=" + created.fiscalYear();
            } catch (ApiProblemException refused) {
                response.setStatus(refused.status() >= 500 ? 503 : refused.status());
                model.addAttribute("problem", problems.of(refused, locale));
                // the programme's name has its own field (the reviewer's is another form's)
                FieldProblems.of(refused).forEach((field, message) -> fields.put("name".equals(field) ? "programmeName" : field, message));
            }
        } else {
            response.setStatus(400);
        }
        model.addAttribute("fields", fields);
        model.addAttribute("form", form);
        return programmes(form.fiscalYear(), model);
    }
}
