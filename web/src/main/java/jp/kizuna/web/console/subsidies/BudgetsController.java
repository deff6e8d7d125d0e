package jp.kizuna.web.console.subsidies;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import jp.kizuna.web.api.ApiProblemException;
import jp.kizuna.web.api.PublicApi.Versioned;
import jp.kizuna.web.console.ConsoleRefusals;
import jp.kizuna.web.page.NotFoundException;
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
 * Budget lines per project and fiscal year (財務内容, 千円): 事業費, 所要一般財源 and 概算人件費 on the basis of the
 * budget (予算), an estimate (見込み) or the settlement (決算), with 「－」 kept apart from 0; the year's totals per
 * measure; each line's history; recording a line and correcting it (with the version read, and why). The pages are
 * city staff's: anyone else is told so in words before the API is asked anything.
 */
@Controller
class BudgetsController {

    private static final List<String> BUDGET_FIELDS = List.of("basis", "projectCost", "generalRevenue", "personnelCost",
            "projectName", "reason");

    private final SubsidyDesk desk;
    private final ConsoleRefusals refusals;
    private final MessageSource messages;
    private final SubsidyTexts texts;
    private final Clock clock;

    BudgetsController(SubsidyDesk desk, ConsoleRefusals refusals, MessageSource messages, SubsidyTexts texts, Clock clock) {
        this.desk = desk;
        this.refusals = refusals;
        this.messages = messages;
        this.texts = texts;
        this.clock = clock;
    }

    @GetMapping("/console/subsidies/budgets")
    String year(@RequestParam(required = false) String fiscalYear, Authentication authentication, Model model) {
        ConsoleRefusals.cityStaff(authentication, FieldProblems.STAFF_ONLY);
        int year = fiscalYear != null && fiscalYear.matches("20\\d{2}") ? Integer.parseInt(fiscalYear) : currentYear();
        BudgetViews.Year budgets = desk.budgets(year);
        model.addAttribute("fiscalYear", year);
        model.addAttribute("budgets", budgets);
        model.addAttribute("measures", budgets.lines().stream().map(BudgetViews.Line::measure).distinct().sorted().toList());
        model.addAttribute("bases", BudgetViews.BASES);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", BudgetForm.empty(year));
        }
        if (!model.containsAttribute("fields")) {
            model.addAttribute("fields", Map.of());
        }
        return "console/subsidies/budgets";
    }

    /** A project's first line of a year, from the year's page. */
    @PostMapping("/console/subsidies/budgets")
    String recordNew(BudgetForm form, Authentication authentication, Model model, Locale locale, HttpServletResponse response,
                     RedirectAttributes redirect) {
        ConsoleRefusals.cityStaff(authentication, FieldProblems.STAFF_ONLY);
        Map<String, String> fields = new LinkedHashMap<>();
        Integer year = form.fiscalYear() != null && form.fiscalYear().strip().matches("20\\d{2}")
                ? Integer.valueOf(form.fiscalYear().strip()) : null;
        if (year == null) {
            fields.put("fiscalYear", text("console.subsidies.error.fiscalYear", locale));
        }
        if (form.projectCode() == null || !SubsidyDesk.PROJECT_CODE.matcher(form.projectCode().strip()).matches()) {
            fields.put("projectCode", text("console.subsidies.error.projectCode", locale));
        }
        Map<String, Object> entry = entry(form, fields, locale);
        if (fields.isEmpty()) {
            try {
                desk.recordBudget(form.projectCode().strip(), year, null, entry);
                redirect.addFlashAttribute("done", "recorded");
                return "redirect:/console/subsidies/budgets/" + form.projectCode().strip() + "/" + year;
            } catch (ApiProblemException refused) {
                fields.putAll(FieldProblems.show(refusals.refused(refused, BudgetsController::budgetField, locale, response), model));
            }
        } else {
            response.setStatus(400);
        }
        model.addAttribute("fields", fields);
        model.addAttribute("form", form);
        return year(form.fiscalYear(), authentication, model);
    }

    @GetMapping("/console/subsidies/budgets/{projectCode}/{fiscalYear}")
    String line(@PathVariable String projectCode, @PathVariable String fiscalYear, Authentication authentication,
                Model model) {
        ConsoleRefusals.cityStaff(authentication, FieldProblems.STAFF_ONLY);
        int year = yearOf(fiscalYear);
        Optional<Versioned<BudgetViews.Line>> line = desk.budgetLine(projectCode, year);
        if (line.isEmpty()) {
            throw new NotFoundException("budget line " + projectCode + " " + year);
        }
        model.addAttribute("line", line.get().value());
        model.addAttribute("version", line.get().etag());
        model.addAttribute("history", desk.budgetHistory(projectCode, year));
        model.addAttribute("bases", BudgetViews.BASES);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", BudgetForm.of(line.get().value(), texts));
        }
        if (!model.containsAttribute("fields")) {
            model.addAttribute("fields", Map.of());
        }
        return "console/subsidies/budget-line";
    }

    /** A correction of a recorded line, naming the version it was read at. */
    @PostMapping("/console/subsidies/budgets/{projectCode}/{fiscalYear}")
    String correct(@PathVariable String projectCode, @PathVariable String fiscalYear,
                   @RequestParam(defaultValue = "") String version, BudgetForm form, Authentication authentication,
                   Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        ConsoleRefusals.cityStaff(authentication, FieldProblems.STAFF_ONLY);
        int year = yearOf(fiscalYear);
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, Object> entry = entry(form, fields, locale);
        if (fields.isEmpty()) {
            try {
                desk.recordBudget(projectCode, year, version, entry);
                redirect.addFlashAttribute("done", "corrected");
                return "redirect:/console/subsidies/budgets/" + projectCode + "/" + year;
            } catch (ApiProblemException refused) {
                fields.putAll(FieldProblems.show(refusals.refused(refused, BudgetsController::budgetField, locale, response), model));
            }
        } else {
            response.setStatus(400);
        }
        model.addAttribute("fields", fields);
        model.addAttribute("form", form);
        return line(projectCode, fiscalYear, authentication, model);
    }

    private Map<String, Object> entry(BudgetForm form, Map<String, String> fields, Locale locale) {
        Map<String, String> codes = new LinkedHashMap<>();
        Map<String, Object> entry = form.entry(codes);
        codes.forEach((field, code) -> fields.put(field, text(code, locale)));
        return entry;
    }

    /** An API field name ({@code figures.projectCost}) as the form's; null for one the form does not have. */
    private static String budgetField(String apiField) {
        String field = apiField.replaceFirst("^figures\\.", "");
        return BUDGET_FIELDS.contains(field) ? field : null;
    }

    private static int yearOf(String fiscalYear) {
        if (fiscalYear == null || !fiscalYear.matches("20\\d{2}")) {
            throw new NotFoundException("fiscal year " + fiscalYear);
        }
        return Integer.parseInt(fiscalYear);
    }

    private int currentYear() {
        return JapaneseDates.fiscalYearOf(LocalDate.now(clock.withZone(SubsidyController.TOKYO)));
    }

    private String text(String code, Locale locale) {
        return messages.getMessage(code, null, locale);
    }
}
