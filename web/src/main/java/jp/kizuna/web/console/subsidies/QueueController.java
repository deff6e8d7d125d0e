package jp.kizuna.web.console.subsidies;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import jp.kizuna.web.api.ApiProblemException;
import jp.kizuna.web.api.PublicApi.Versioned;
import jp.kizuna.web.console.ConsoleRefusals;
import jp.kizuna.web.text.JapaneseDates;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The multi-year priority queue of a programme such as 集会所整備事業: the associations' requests in the order they
 * will be funded (priority, then the year they entered), entering a request, and funding a fiscal year from the
 * programme's envelope in strict order, the rest carried over with their place. The queues are city staff's: anyone
 * else is told so in words before the API is asked anything.
 */
@Controller
class QueueController {

    private final SubsidyDesk desk;
    private final ConsoleRefusals refusals;
    private final MessageSource messages;
    private final SubsidyTexts texts;
    private final Clock clock;

    QueueController(SubsidyDesk desk, ConsoleRefusals refusals, MessageSource messages, SubsidyTexts texts, Clock clock) {
        this.desk = desk;
        this.refusals = refusals;
        this.messages = messages;
        this.texts = texts;
        this.clock = clock;
    }

    @GetMapping("/console/subsidies/queues/{slug}")
    String queue(@PathVariable String slug, Authentication authentication, Model model) {
        ConsoleRefusals.cityStaff(authentication, FieldProblems.STAFF_ONLY);
        Optional<Versioned<QueueViews.Queue>> queue = desk.queue(slug);
        int year = JapaneseDates.fiscalYearOf(LocalDate.now(clock.withZone(SubsidyController.TOKYO)));
        model.addAttribute("slug", slug);
        model.addAttribute("queue", queue.map(Versioned::value).orElse(null));
        model.addAttribute("version", queue.map(Versioned::etag).orElse(""));
        model.addAttribute("fiscalYear", year);
        if (!model.containsAttribute("typed")) {
            model.addAttribute("typed", Map.of("request.fiscalYear", Integer.toString(year), "request.priority", "3",
                    "funding.fiscalYear", Integer.toString(year)));
        }
        if (!model.containsAttribute("fields")) {
            model.addAttribute("fields", Map.of());
        }
        return "console/subsidies/queue";
    }

    @PostMapping("/console/subsidies/queues/{slug}/requests")
    String enter(@PathVariable String slug, @RequestParam(defaultValue = "") String version,
                 @RequestParam Map<String, String> typed, Authentication authentication, Model model, Locale locale,
                 HttpServletResponse response, RedirectAttributes redirect) {
        ConsoleRefusals.cityStaff(authentication, FieldProblems.STAFF_ONLY);
        Map<String, String> fields = new LinkedHashMap<>();
        String organization = typed.getOrDefault("organizationId", "").strip();
        if (!SubsidyDesk.ORGANIZATION_ID.matcher(organization).matches()) {
            fields.put("organizationId", text("console.subsidies.error.organization", locale));
        }
        String title = typed.getOrDefault("title", "").strip();
        if (title.isEmpty()) {
            fields.put("title", text("console.subsidies.error.title", locale));
        }
        Long amount = ApplicationForm.yen(typed.get("amount"));
        if (amount == null) {
            fields.put("amount", text("console.subsidies.error.amount", locale));
        }
        String priority = typed.getOrDefault("priority", "");
        if (!priority.matches("[1-5]")) {
            fields.put("priority", text("console.subsidies.error.priority", locale));
        }
        String year = typed.getOrDefault("fiscalYear", "").strip();
        if (!year.matches("20\\d{2}")) {
            fields.put("fiscalYear", text("console.subsidies.error.fiscalYear", locale));
        }
        if (fields.isEmpty()) {
            try {
                desk.enterRequest(slug, version, Map.of("organizationId", organization, "title", title, "amount", amount,
                        "priority", Integer.parseInt(priority), "fiscalYear", Integer.parseInt(year)));
                redirect.addFlashAttribute("entered", title);
                return "redirect:/console/subsidies/queues/" + slug;
            } catch (ApiProblemException refused) {
                fields.putAll(FieldProblems.show(refusals.refused(refused, FieldProblems::formField, locale, response), model));
            }
        } else {
            response.setStatus(400);
        }
        return refused("request", typed, fields, slug, authentication, model);
    }

    /** Funds a fiscal year from the programme {@code <slug>:FY<year>}, in strict order while its envelope lasts. */
    @PostMapping("/console/subsidies/queues/{slug}/funding")
    String fund(@PathVariable String slug, @RequestParam(defaultValue = "") String version,
                @RequestParam Map<String, String> typed, Authentication authentication, Model model, Locale locale,
                HttpServletResponse response, RedirectAttributes redirect) {
        ConsoleRefusals.cityStaff(authentication, FieldProblems.STAFF_ONLY);
        String year = typed.getOrDefault("fiscalYear", "").strip();
        Map<String, String> fields = new LinkedHashMap<>();
        if (!year.matches("20\\d{2}")) {
            fields.put("fiscalYear", text("console.subsidies.error.fiscalYear", locale));
            response.setStatus(400);
            return refused("funding", typed, fields, slug, authentication, model);
        }
        try {
            QueueViews.Funding funding = desk.fund(slug, version, Integer.parseInt(year));
            redirect.addFlashAttribute("funded", messages.getMessage("console.subsidies.queue.fundedResult",
                    new Object[] {funding.fiscalYear(), funding.funded().size(), funding.carriedOver().size(),
                            texts.yen(funding.remaining(), locale)}, locale));
            return "redirect:/console/subsidies/queues/" + slug;
        } catch (ApiProblemException refused) {
            FieldProblems.show(refusals.refused(refused, field -> null, locale, response), model);
            return refused("funding", typed, fields, slug, authentication, model);
        }
    }

    private String refused(String form, Map<String, String> typed, Map<String, String> fields, String slug,
                           Authentication authentication, Model model) {
        Map<String, String> kept = new LinkedHashMap<>();
        typed.forEach((name, value) -> kept.put(form + "." + name, value));
        model.addAttribute("failedForm", form);
        model.addAttribute("typed", kept);
        model.addAttribute("fields", fields);
        return queue(slug, authentication, model);
    }

    private String text(String code, Locale locale) {
        return messages.getMessage(code, null, locale);
    }
}
