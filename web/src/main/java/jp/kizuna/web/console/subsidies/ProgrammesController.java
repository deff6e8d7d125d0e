package jp.kizuna.web.console.subsidies;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jp.kizuna.web.api.ApiProblemException;
import jp.kizuna.web.console.ConsoleRefusals;
import jp.kizuna.web.text.JapaneseDates;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The subsidy programmes of a fiscal year: envelope, what is approved and what remains, the application window,
 * the maximum per application and the cap on approvals; city staff set up the next year's here. The page is city
 * staff's: anyone else is told so in words before the API is asked anything.
 */
@Controller
class ProgrammesController {

    private final SubsidyDesk desk;
    private final ConsoleRefusals refusals;
    private final MessageSource messages;
    private final Clock clock;

    ProgrammesController(SubsidyDesk desk, ConsoleRefusals refusals, MessageSource messages, Clock clock) {
        this.desk = desk;
        this.refusals = refusals;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/console/subsidies/programmes")
    String programmes(@RequestParam(required = false) String fiscalYear, Authentication authentication, Model model) {
        ConsoleRefusals.cityStaff(authentication, FieldProblems.STAFF_ONLY);
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
    String create(ProgrammeForm form, Authentication authentication, Model model, Locale locale, HttpServletResponse response,
                  RedirectAttributes redirect) {
        ConsoleRefusals.cityStaff(authentication, FieldProblems.STAFF_ONLY);
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
                // the programme's name has its own field (the reviewer's is another form's)
                fields.putAll(FieldProblems.show(refusals.refused(refused,
                        field -> "name".equals(field) ? "programmeName" : FieldProblems.formField(field), locale, response), model));
            }
        } else {
            response.setStatus(400);
        }
        model.addAttribute("fields", fields);
        model.addAttribute("form", form);
        return programmes(form.fiscalYear(), authentication, model);
    }
}
