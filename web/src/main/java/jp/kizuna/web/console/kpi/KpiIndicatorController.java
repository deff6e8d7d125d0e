package jp.kizuna.web.console.kpi;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;
import jp.kizuna.web.api.ApiProblemException;
import jp.kizuna.web.api.ApiUnavailableException;
import jp.kizuna.web.api.PublicApi.Versioned;
import jp.kizuna.web.console.kpi.KpiViews.Indicator;
import jp.kizuna.web.events.PageNumbers;
import jp.kizuna.web.kpi.KpiNumbers;
import jp.kizuna.web.page.Person;
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
 * One KPI at the city's desk: per fiscal year its target, the official actual beside the value derived from the
 * platform's events and their difference; entering an actual and confirming it once its year has ended, a city
 * admin's correction of a confirmed one (with its reason), the targets, the final target and the 検証 text; and
 * the history of every change. Each write names the version the page was read at; a change someone made
 * meanwhile is told with the current value, and the form keeps what was typed.
 */
@Controller
class KpiIndicatorController {

    static final int HISTORY_PAGE = 20;

    /** The API's body members → the form's fields. */
    private static final Map<String, String> VALUE_AND_TEXT = Map.of("value", "value", "comment", "text", "reason", "text",
            "text", "text");

    private final KpiDesk desk;
    private final KpiFailures failures;
    private final MessageSource messages;
    private final Clock clock;

    KpiIndicatorController(KpiDesk desk, KpiFailures failures, MessageSource messages, Clock clock) {
        this.desk = desk;
        this.failures = failures;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/console/kpi/indicators/{code}")
    String indicator(@PathVariable String code, @RequestParam(required = false) String fiscalYear, Model model,
                     Locale locale, Authentication authentication) {
        Integer chosen = new KpiForm(fiscalYear, null, null).year().orElse(null);
        model.addAttribute("actualForm", KpiForm.forYear(chosen));
        return show(code, model, locale, authentication);
    }

    @PostMapping("/console/kpi/indicators/{code}/actuals")
    String recordActual(@PathVariable String code, @RequestParam(defaultValue = "") String version, KpiForm form,
                        Model model, Locale locale, Authentication authentication, HttpServletResponse response,
                        RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        KpiForm.check(form.year().isEmpty(), errors, "fiscalYear", "console.kpi.error.fiscalYear");
        KpiForm.check(form.number().isEmpty(), errors, "value", "console.kpi.error.value");
        return write("actual", code, form, errors, () -> desk.recordActual(code, form.year().orElseThrow(), version,
                        form.number().orElseThrow(), form.text()),
                "console.kpi.done.actual", model, locale, authentication, response, redirect);
    }

    @PostMapping("/console/kpi/indicators/{code}/actuals/{fiscalYear}/confirmation")
    String confirm(@PathVariable String code, @PathVariable int fiscalYear, @RequestParam(defaultValue = "") String version,
                   Model model, Locale locale, Authentication authentication, HttpServletResponse response,
                   RedirectAttributes redirect) {
        KpiForm form = KpiForm.forYear(fiscalYear);
        return write("confirm", code, form, Map.of(), () -> desk.confirmActual(code, fiscalYear, version),
                "console.kpi.done.confirm", model, locale, authentication, response, redirect);
    }

    @PostMapping("/console/kpi/indicators/{code}/corrections")
    String correct(@PathVariable String code, @RequestParam(defaultValue = "") String version, KpiForm form, Model model,
                   Locale locale, Authentication authentication, HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        KpiForm.check(form.year().isEmpty(), errors, "fiscalYear", "console.kpi.error.fiscalYear");
        KpiForm.check(form.number().isEmpty(), errors, "value", "console.kpi.error.value");
        KpiForm.check(!form.hasText(), errors, "text", "console.kpi.error.reason");
        return write("correction", code, form, errors, () -> desk.correctActual(code, form.year().orElseThrow(), version,
                        form.number().orElseThrow(), form.text()),
                "console.kpi.done.correction", model, locale, authentication, response, redirect);
    }

    @PostMapping("/console/kpi/indicators/{code}/targets")
    String setTarget(@PathVariable String code, @RequestParam(defaultValue = "") String version, KpiForm form, Model model,
                     Locale locale, Authentication authentication, HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        KpiForm.check(form.year().isEmpty(), errors, "fiscalYear", "console.kpi.error.fiscalYear");
        KpiForm.check(form.number().isEmpty(), errors, "value", "console.kpi.error.value");
        return write("target", code, form, errors, () -> desk.setTarget(code, form.year().orElseThrow(), version,
                        form.number().orElseThrow(), form.text()),
                "console.kpi.done.target", model, locale, authentication, response, redirect);
    }

    @PostMapping("/console/kpi/indicators/{code}/final-target")
    String setFinalTarget(@PathVariable String code, @RequestParam(defaultValue = "") String version, KpiForm form,
                          Model model, Locale locale, Authentication authentication, HttpServletResponse response,
                          RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        KpiForm.check(form.number().isEmpty(), errors, "value", "console.kpi.error.value");
        return write("finalTarget", code, form, errors, () -> desk.setFinalTarget(code, version, form.number().orElseThrow(),
                form.text()), "console.kpi.done.finalTarget", model, locale, authentication, response, redirect);
    }

    @PostMapping("/console/kpi/indicators/{code}/verification")
    String editVerification(@PathVariable String code, @RequestParam(defaultValue = "") String version, KpiForm form,
                            Model model, Locale locale, Authentication authentication, HttpServletResponse response,
                            RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        KpiForm.check(!form.hasText(), errors, "text", "console.kpi.error.verification");
        return write("verification", code, form, errors, () -> desk.editVerification(code, version, form.text()),
                "console.kpi.done.verification", model, locale, authentication, response, redirect);
    }

    /** Every change of the indicator's targets, actuals and texts, newest first, a page at a time. */
    @GetMapping("/console/kpi/indicators/{code}/history")
    String history(@PathVariable String code, @RequestParam(defaultValue = "0") String page, Model model) {
        Indicator indicator = desk.indicator(code).value();
        model.addAttribute("indicator", indicator);
        model.addAttribute("changes", KpiViews.slice(desk.history(code), PageNumbers.parse(page), HISTORY_PAGE));
        return "console/kpi/indicator-history";
    }

    /**
     * Sends a write the form's own checks let through; a refused one shows the page again as it is now, with the
     * form as typed and the reason beside it, and for a change made meanwhile the current value.
     */
    private String write(String formName, String code, KpiForm form, Map<String, String> errors, Supplier<Indicator> call,
                         String doneKey, Model model, Locale locale, Authentication authentication,
                         HttpServletResponse response, RedirectAttributes redirect) {
        if (!errors.isEmpty()) {
            model.addAttribute("failure", failures.invalid(formName, errors, locale, response));
            model.addAttribute(formName + "Form", form);
            return show(code, model, locale, authentication);
        }
        try {
            Indicator changed = call.get();
            Integer year = form.year().orElse(null);
            redirect.addFlashAttribute("done", text(doneKey, locale, changed.name(),
                    year == null ? "" : JapaneseDates.fiscalYear(year, locale), valueOf(changed, formName, year)));
            return "redirect:/console/kpi/indicators/" + KpiDesk.indicatorCode(code);
        } catch (ApiProblemException refused) {
            model.addAttribute("failure", failures.refused(formName, refused, VALUE_AND_TEXT, locale, response));
            model.addAttribute(formName + "Form", form);
            return show(code, model, locale, authentication);
        } catch (ApiUnavailableException unanswered) {
            model.addAttribute("failure", failures.unanswered(formName, unanswered, locale, response));
            model.addAttribute(formName + "Form", form);
            return show(code, model, locale, authentication);
        }
    }

    private String show(String code, Model model, Locale locale, Authentication authentication) {
        Versioned<Indicator> read = desk.indicator(code);
        Indicator indicator = read.value();
        int current = JapaneseDates.fiscalYearOf(LocalDate.now(clock.withZone(KpiViews.TOKYO)));
        List<KpiRow> rows = KpiRow.of(indicator, current, locale);
        model.addAttribute("indicator", indicator);
        model.addAttribute("version", read.etag());
        model.addAttribute("rows", rows);
        model.addAttribute("currentFiscalYear", current);
        model.addAttribute("openYears", rows.stream().filter(row -> !row.confirmed()).toList());
        model.addAttribute("confirmedYears", rows.stream().filter(KpiRow::confirmed).toList());
        model.addAttribute("cityAdmin", Person.of(authentication).map(Person::isCityAdmin).orElse(false));
        for (String form : List.of("actual", "correction", "target", "finalTarget")) {
            if (!model.containsAttribute(form + "Form")) {
                model.addAttribute(form + "Form", KpiForm.empty());
            }
        }
        if (!model.containsAttribute("verificationForm")) {
            model.addAttribute("verificationForm", new KpiForm("", "", indicator.verification()));
        }
        if (model.getAttribute("failure") instanceof KpiFailure failure && failure.conflict()) {
            model.addAttribute("failure", failure.withCurrent(current(indicator, failure.form(),
                    ((KpiForm) model.getAttribute(failure.form() + "Form")), locale)));
        }
        return "console/kpi/indicator";
    }

    /** What the thing the refused form was about is now, in words. */
    private String current(Indicator indicator, String formName, KpiForm form, Locale locale) {
        Integer year = form == null ? null : form.year().orElse(null);
        String unit = indicator.unit() == null ? "" : indicator.unit();
        return switch (formName) {
            case "finalTarget" -> text("console.kpi.current.finalTarget", locale, indicator.finalTargetText());
            case "verification" -> text("console.kpi.current.verification", locale,
                    indicator.verification() == null ? "－" : indicator.verification());
            default -> {
                KpiViews.Year point = year == null ? null : indicator.year(year);
                String label = year == null ? "" : JapaneseDates.fiscalYear(year, locale);
                if ("target".equals(formName)) {
                    yield text("console.kpi.current.target", locale, label,
                            KpiNumbers.withUnit(point == null ? null : point.target(), unit));
                }
                if (point == null || !point.hasActual()) {
                    yield text("console.kpi.current.noActual", locale, label);
                }
                yield text("console.kpi.current.actual", locale, label,
                        KpiNumbers.withUnit(point.actual().value(), unit),
                        text("console.kpi.state." + point.actual().state(), locale));
            }
        };
    }

    /** The value the write left, for the notice that says it was taken. */
    private static String valueOf(Indicator changed, String formName, Integer year) {
        String unit = changed.unit() == null ? "" : changed.unit();
        if ("finalTarget".equals(formName)) {
            return changed.finalTargetText();
        }
        KpiViews.Year point = year == null ? null : changed.year(year);
        if (point == null) {
            return "";
        }
        BigDecimal value = "target".equals(formName) ? point.target() : point.hasActual() ? point.actual().value() : null;
        return KpiNumbers.withUnit(value, unit);
    }


    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

}
