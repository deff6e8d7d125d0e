package jp.kizuna.web.console.kpi;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import jp.kizuna.web.api.ApiProblemException;
import jp.kizuna.web.api.ApiUnavailableException;
import jp.kizuna.web.api.PublicApi.Versioned;
import jp.kizuna.web.console.kpi.KpiViews.Field;
import jp.kizuna.web.console.kpi.KpiViews.Indicator;
import jp.kizuna.web.console.kpi.KpiViews.Measure;
import jp.kizuna.web.console.kpi.KpiViews.Project;
import jp.kizuna.web.events.PageNumbers;
import jp.kizuna.web.page.NotFoundException;
import jp.kizuna.web.text.JapaneseDates;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A policy field at the city's desk: its KPIs (official beside derived, per fiscal year), its measures and
 * business projects with their evaluation texts and 成果の推移, the history of every text change, and the
 * evaluation sheet to preview and download. The texts of measures and projects are versioned with the policy
 * field: a write names the field's version, and a change made meanwhile is shown beside what was typed.
 */
@Controller
class KpiFieldController {

    /** The policy field the platform serves, 地域自治・コミュニティ; the API's default too. */
    static final int DEFAULT_FIELD = 36;
    static final int HISTORY_PAGE = 20;

    private static final List<String> MEASURE_TEXTS = List.of("content", "focus", "progress", "issues", "finalEvaluation");
    private static final List<String> PROJECT_TEXTS = List.of("purpose", "progress", "issues");
    static final List<String> DIRECTIONS = List.of("NEW", "CONTINUE", "EXPAND", "REDUCE", "ABOLISH");

    private final KpiDesk desk;
    private final KpiFailures failures;
    private final MessageSource messages;
    private final Clock clock;

    KpiFieldController(KpiDesk desk, KpiFailures failures, MessageSource messages, Clock clock) {
        this.desk = desk;
        this.failures = failures;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/console/kpi")
    String start() {
        return "redirect:/console/kpi/fields/" + DEFAULT_FIELD;
    }

    @GetMapping("/console/kpi/fields/{field}")
    String field(@PathVariable int field, Model model, Locale locale) {
        Field read = desk.field(field).value();
        int current = currentFiscalYear();
        List<Indicator> indicators = desk.indicators(field);
        model.addAttribute("field", read);
        model.addAttribute("indicators", indicators);
        model.addAttribute("rows", indicators.stream()
                .collect(LinkedHashMap<String, List<KpiRow>>::new, (m, i) -> m.put(i.code(), KpiRow.of(i, current, locale)),
                        Map::putAll));
        model.addAttribute("currentFiscalYear", current);
        return "console/kpi/field";
    }

    @GetMapping("/console/kpi/fields/{field}/history")
    String fieldHistory(@PathVariable int field, @RequestParam(defaultValue = "0") String page, Model model) {
        model.addAttribute("field", desk.field(field).value());
        model.addAttribute("changes", KpiViews.slice(desk.fieldHistory(field), PageNumbers.parse(page), HISTORY_PAGE));
        return "console/kpi/field-history";
    }

    @GetMapping("/console/kpi/fields/{field}/measures/{measure}")
    String measure(@PathVariable int field, @PathVariable int measure, Model model) {
        return showMeasure(field, measure, null, model);
    }

    @PostMapping("/console/kpi/fields/{field}/measures/{measure}")
    String editMeasure(@PathVariable int field, @PathVariable int measure, @RequestParam(defaultValue = "") String version,
                       @RequestParam Map<String, String> typed, Model model, Locale locale, HttpServletResponse response,
                       RedirectAttributes redirect) {
        Map<String, String> texts = texts(typed, MEASURE_TEXTS);
        try {
            desk.editMeasureTexts(field, measure, version, texts);
            redirect.addFlashAttribute("done", text("console.kpi.done.measure", locale));
            return "redirect:/console/kpi/fields/" + field + "/measures/" + measure;
        } catch (ApiProblemException refused) {
            model.addAttribute("failure", failures.refused("measure", refused, identity(texts.keySet()), locale, response));
            return showMeasure(field, measure, texts, model);
        } catch (ApiUnavailableException unanswered) {
            model.addAttribute("failure", failures.unanswered("measure", unanswered, locale, response));
            return showMeasure(field, measure, texts, model);
        }
    }

    @GetMapping("/console/kpi/projects/{code}")
    String project(@PathVariable String code, Model model) {
        return showProject(code, null, null, model);
    }

    @PostMapping("/console/kpi/projects/{code}")
    String editProject(@PathVariable String code, @RequestParam(defaultValue = "") String version,
                       @RequestParam Map<String, String> typed, Model model, Locale locale, HttpServletResponse response,
                       RedirectAttributes redirect) {
        Map<String, String> texts = texts(typed, PROJECT_TEXTS);
        String direction = typed.getOrDefault("nextYearDirection", "");
        if (DIRECTIONS.contains(direction)) {
            texts.put("nextYearDirection", direction);
        }
        try {
            desk.editProjectTexts(code, version, texts);
            redirect.addFlashAttribute("done", text("console.kpi.done.project", locale));
            return "redirect:/console/kpi/projects/" + KpiDesk.projectCode(code);
        } catch (ApiProblemException refused) {
            model.addAttribute("failure", failures.refused("project", refused, identity(texts.keySet()), locale, response));
            return showProject(code, texts, null, model);
        } catch (ApiUnavailableException unanswered) {
            model.addAttribute("failure", failures.unanswered("project", unanswered, locale, response));
            return showProject(code, texts, null, model);
        }
    }

    @PostMapping("/console/kpi/projects/{code}/outcomes")
    String recordOutcome(@PathVariable String code, @RequestParam(defaultValue = "") String version, KpiForm form,
                         @RequestParam(defaultValue = "") String reason, Model model, Locale locale,
                         HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        KpiForm.check(form.year().isEmpty(), errors, "fiscalYear", "console.kpi.error.fiscalYear");
        KpiForm.check(!form.isOutcome(), errors, "text", "console.kpi.error.outcome");
        model.addAttribute("outcomeReason", reason);
        if (!errors.isEmpty()) {
            model.addAttribute("failure", failures.invalid("outcome", errors, locale, response));
            return showProject(code, null, form, model);
        }
        try {
            desk.recordOutcome(code, form.year().orElseThrow(), version, form.text().strip(), reason.isBlank() ? null : reason);
            redirect.addFlashAttribute("done", text("console.kpi.done.outcome", locale,
                    JapaneseDates.fiscalYear(form.year().orElseThrow(), locale), form.text().strip()));
            return "redirect:/console/kpi/projects/" + KpiDesk.projectCode(code);
        } catch (ApiProblemException refused) {
            model.addAttribute("failure", failures.refused("outcome", refused, Map.of("text", "text", "reason", "reason"), locale,
                    response));
            return showProject(code, null, form, model);
        } catch (ApiUnavailableException unanswered) {
            model.addAttribute("failure", failures.unanswered("outcome", unanswered, locale, response));
            return showProject(code, null, form, model);
        }
    }

    private String showMeasure(int field, int number, Map<String, String> typed, Model model) {
        Versioned<Field> read = desk.field(field);
        Measure measure = read.value().measure(number);
        if (measure == null) {
            throw new NotFoundException("measure " + field + "-" + number);
        }
        model.addAttribute("field", read.value());
        model.addAttribute("version", read.etag());
        model.addAttribute("measure", measure);
        model.addAttribute("names", MEASURE_TEXTS);
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("content", measure.content());
        texts.put("focus", measure.focus());
        texts.put("progress", measure.progress());
        texts.put("issues", measure.issues());
        texts.put("finalEvaluation", measure.finalEvaluation());
        texts.put("reason", "");
        model.addAttribute("current", texts);
        model.addAttribute("typed", typedOver(texts, typed));
        return "console/kpi/measure";
    }

    /**
     * The project's page; {@code typed} is what a refused texts form said (else the current texts), {@code outcome}
     * what a refused 成果の推移 form said (its reason is the model's {@code outcomeReason}).
     */
    private String showProject(String code, Map<String, String> typed, KpiForm outcome, Model model) {
        Versioned<Field> read = desk.field(KpiDesk.fieldOf(code));
        Project project = read.value().project(code);
        if (project == null) {
            throw new NotFoundException("project " + code);
        }
        model.addAttribute("field", read.value());
        model.addAttribute("measure", read.value().measure(project.measure()));
        model.addAttribute("version", read.etag());
        model.addAttribute("project", project);
        model.addAttribute("names", PROJECT_TEXTS);
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("purpose", project.purpose());
        texts.put("progress", project.progress());
        texts.put("issues", project.issues());
        texts.put("nextYearDirection", project.nextYearDirection());
        texts.put("reason", "");
        model.addAttribute("current", texts);
        model.addAttribute("typed", typedOver(texts, typed));
        model.addAttribute("directions", DIRECTIONS);
        model.addAttribute("outcomeForm", outcome == null ? KpiForm.forYear(currentFiscalYear() - 1) : outcome);
        if (!model.containsAttribute("outcomeReason")) {
            model.addAttribute("outcomeReason", "");
        }
        return "console/kpi/project";
    }

    /**
     * The texts the form sent, as typed (line ends as the API keeps them), and the reason. A text the form did not
     * send is not sent on either: the API keeps the parts not given, so nothing is emptied by a form that lacks it.
     */
    private static Map<String, String> texts(Map<String, String> typed, List<String> names) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String name : names) {
            if (typed.containsKey(name)) {
                texts.put(name, typed.get(name).replace("\r\n", "\n"));
            }
        }
        String reason = typed.getOrDefault("reason", "").strip();
        texts.put("reason", reason);
        return texts;
    }

    /** What the form shows: the current texts, and over them what a refused form said. */
    private static Map<String, String> typedOver(Map<String, String> current, Map<String, String> typed) {
        Map<String, String> shown = new LinkedHashMap<>(current);
        if (typed != null) {
            shown.putAll(typed);
        }
        return shown;
    }

    private static Map<String, String> identity(Set<String> names) {
        Map<String, String> fields = new LinkedHashMap<>();
        names.forEach(name -> fields.put(name, name));
        return fields;
    }

    private int currentFiscalYear() {
        return JapaneseDates.fiscalYearOf(LocalDate.now(clock.withZone(KpiViews.TOKYO)));
    }


    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

}
