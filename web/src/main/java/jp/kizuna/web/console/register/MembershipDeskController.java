package jp.kizuna.web.console.register;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jp.kizuna.web.api.ApiProblemException;
import jp.kizuna.web.api.PublicApi.Versioned;
import jp.kizuna.web.console.ConsoleRefusals;
import jp.kizuna.web.console.FormRefusal;
import jp.kizuna.web.console.register.RegisterForms.Membership;
import jp.kizuna.web.console.register.RegisterViews.MembershipReport;
import jp.kizuna.web.console.register.RegisterViews.Organization;
import jp.kizuna.web.console.register.RegisterViews.Summary;
import jp.kizuna.web.events.EventViews.Page;
import jp.kizuna.web.events.PageNumbers;
import jp.kizuna.web.page.NotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The neighborhood associations' membership reports (町内会加入率), city staff's: which associations of a district
 * have reported for a fiscal year, an association's reports with every revision, entering a year's figures and
 * correcting them with a reason. A correction names the version it read; the earlier figures stay as revisions.
 */
@Controller
class MembershipDeskController {

    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    static final int PAGE_SIZE = 50;

    private final RegisterDesk desk;
    private final MembershipGaps gaps;
    private final ConsoleRefusals refusals;
    private final Clock clock;

    MembershipDeskController(RegisterDesk desk, MembershipGaps gaps, ConsoleRefusals refusals, Clock clock) {
        this.desk = desk;
        this.gaps = gaps;
        this.refusals = refusals;
        this.clock = clock;
    }

    /** The year's reports by district; with a district, its associations a page at a time, reported or not. */
    @GetMapping("/console/register/membership")
    String entry(@RequestParam(required = false) String fiscalYear, @RequestParam(required = false) String district,
                 @RequestParam(defaultValue = "0") String page, Authentication authentication, Model model,
                 Locale locale) {
        RegisterController.cityStaff(authentication);
        int year = year(fiscalYear);
        model.addAttribute("fiscalYear", year);
        model.addAttribute("fiscalYearLabel", FiscalYears.label(year, locale));
        model.addAttribute("years", java.util.stream.IntStream.rangeClosed(year(null) - 4, FiscalYears.of(today())).boxed()
                .sorted(java.util.Comparator.reverseOrder()).toList());
        if (district == null || district.isBlank()) {
            model.addAttribute("gaps", gaps.of(year));
            return "console/register/membership-year";
        }
        Page<Summary> associations = desk.associations(district.strip(), PageNumbers.parse(page), PAGE_SIZE);
        Map<String, MembershipReport> reported = new HashMap<>();
        // the district's reports of the year; a district has fewer associations than a page of 200
        desk.reportsOfYear(year, district.strip(), 0, MembershipGaps.PAGE).items()
                .forEach(report -> reported.put(report.associationId(), report));
        model.addAttribute("district", district.strip());
        model.addAttribute("associations", associations);
        model.addAttribute("reported", reported);
        return "console/register/membership-district";
    }

    @GetMapping("/console/register/{id}/membership")
    String reports(@PathVariable String id, Authentication authentication, Model model) {
        RegisterController.cityStaff(authentication);
        Organization association = desk.organization(id).value();
        model.addAttribute("organization", association);
        model.addAttribute("reports", desk.reportsOf(id));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Membership.forYear(MembershipGaps.lastEnded(today())));
        }
        return "console/register/membership";
    }

    @PostMapping("/console/register/{id}/membership")
    String report(@PathVariable String id, Membership form, Authentication authentication, Model model, Locale locale,
                  HttpServletResponse response, RedirectAttributes redirect) {
        RegisterController.cityStaff(authentication);
        try {
            MembershipReport report = desk.report(id, form.reportBody());
            redirect.addFlashAttribute("savedYear", FiscalYears.label(report.fiscalYear(), locale));
            return "redirect:/console/register/" + id + "/membership";
        } catch (ApiProblemException refused) {
            if (refused.isNotFound()) {
                throw refused;
            }
            model.addAttribute("problem", refusals.refused(refused, locale, response));
            model.addAttribute("form", form);
            return reports(id, authentication, model);
        }
    }

    @GetMapping("/console/register/{id}/membership/{fiscalYear}")
    String correction(@PathVariable String id, @PathVariable String fiscalYear, Authentication authentication, Model model) {
        RegisterController.cityStaff(authentication);
        int year = pathYear(fiscalYear);
        Versioned<MembershipReport> report = desk.report(id, year);
        if (!model.containsAttribute("form")) {
            MembershipReport r = report.value();
            model.addAttribute("form", new Membership(Integer.toString(year), Integer.toString(r.memberHouseholds()),
                    Integer.toString(r.totalHouseholds()), ""));
        }
        model.addAttribute("organization", desk.organization(id).value());
        model.addAttribute("report", report.value());
        model.addAttribute("version", report.etag());
        return "console/register/correction";
    }

    @PostMapping("/console/register/{id}/membership/{fiscalYear}")
    String correct(@PathVariable String id, @PathVariable String fiscalYear, Membership form,
                   @RequestParam(defaultValue = "") String version, Authentication authentication, Model model, Locale locale,
                   HttpServletResponse response, RedirectAttributes redirect) {
        RegisterController.cityStaff(authentication);
        int year = pathYear(fiscalYear);
        try {
            desk.correct(id, year, form.correctionBody(), version);
            redirect.addFlashAttribute("savedYear", FiscalYears.label(year, locale));
            return "redirect:/console/register/" + id + "/membership";
        } catch (ApiProblemException refused) {
            if (refused.isNotFound()) {
                throw refused;
            }
            FormRefusal problem = refusals.refused(refused, locale, response);
            model.addAttribute("problem", problem);
            model.addAttribute("form", form);
            String read = version;
            String shown = correction(id, fiscalYear, authentication, model);
            if (problem.conflict()) {
                // the current figures are on the page (the report as read now); the form sends the current version
                model.addAttribute("current", model.getAttribute("report"));
            } else {
                model.addAttribute("version", read);
            }
            return shown;
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(TOKYO));
    }

    /** A fiscal year from the address: 1989 to this one; anything else is the one that ended last. */
    private int year(String typed) {
        int ended = MembershipGaps.lastEnded(today());
        try {
            int year = Integer.parseInt(typed == null ? "" : typed.strip());
            return year >= 1989 && year <= FiscalYears.of(today()) ? year : ended;
        } catch (NumberFormatException e) {
            return ended;
        }
    }

    private static int pathYear(String typed) {
        if (typed == null || !typed.matches("(19|20|21)[0-9]{2}")) {
            throw new NotFoundException("fiscal year " + typed);
        }
        return Integer.parseInt(typed);
    }
}
