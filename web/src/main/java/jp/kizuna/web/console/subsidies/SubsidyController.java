package jp.kizuna.web.console.subsidies;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import jp.kizuna.web.api.ApiProblemException;
import jp.kizuna.web.api.PublicApi.Versioned;
import jp.kizuna.web.console.ConsoleRefusals;
import jp.kizuna.web.console.FormRefusal;
import jp.kizuna.web.console.NotPermittedHere;
import jp.kizuna.web.console.subsidies.SubsidyViews.Application;
import jp.kizuna.web.events.PageNumbers;
import jp.kizuna.web.page.NotFoundException;
import jp.kizuna.web.page.Person;
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
 * Subsidy applications in the console. An organization's officer drafts one with its plan, submits it, amends
 * it when the city asks, withdraws it, and reports after the activity; city staff see every organization's in
 * an inbox by status (a page at a time, sorted by the API), put them into screening, decide within the
 * programme's envelope, record payments and close them. Each application shows its state and its whole
 * history. A refused change shows the application as it is now, the message in place and what was typed. A partner
 * publisher, who has no applications, and an officer at one of the city's steps are told so in words before the API
 * is asked anything.
 */
@Controller
class SubsidyController {

    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    static final int PAGE_SIZE = 20;
    /** What the inbox opens on for city staff: the applications waiting for screening or a decision. */
    static final List<String> WAITING = List.of("SUBMITTED", "IN_SCREENING");
    /** What an officer has to do something about: drafts to submit, paid subsidies to report on. */
    static final List<String> OFFICER_ACTION = List.of("DRAFT", "DISBURSED");
    /** The steps of an application that are the city's: an officer is told so before the API is asked. */
    static final Set<String> CITY_STEPS = Set.of("screening", "approval", "rejection", "disbursements", "closure");

    private final SubsidyDesk desk;
    private final ConsoleRefusals refusals;
    private final MessageSource messages;
    private final Clock clock;

    SubsidyController(SubsidyDesk desk, ConsoleRefusals refusals, MessageSource messages, Clock clock) {
        this.desk = desk;
        this.refusals = refusals;
        this.messages = messages;
        this.clock = clock;
    }

    /** The inbox (staff) or the organization's applications (officers), filtered by status and sorted. */
    @GetMapping("/console/subsidies")
    String applications(Authentication authentication, @RequestParam(defaultValue = "") String status,
                        @RequestParam(defaultValue = "created") String sort, @RequestParam(defaultValue = "asc") String order,
                        @RequestParam(defaultValue = "0") String page, Model model) {
        Person person = FieldProblems.applicant(Person.of(authentication).orElseThrow());
        String filter = filterOf(status, person);
        String sortBy = List.of("created", "amount", "organization").contains(sort) ? sort : "created";
        String direction = "desc".equals(order) ? "desc" : "asc";
        model.addAttribute("filter", filter);
        model.addAttribute("filters", filters(person));
        model.addAttribute("sort", sortBy);
        model.addAttribute("order", direction);
        model.addAttribute("applications", desk.applications(statusesOf(filter), null, sortBy, direction,
                PageNumbers.parse(page), PAGE_SIZE));
        model.addAttribute("programmes", desk.programmes());
        model.addAttribute("today", today());
        return "console/subsidies/applications";
    }

    @GetMapping("/console/subsidies/new")
    String newApplication(@RequestParam(required = false) String programmeId, Authentication authentication, Model model) {
        FieldProblems.applicant(Person.of(authentication).orElseThrow());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", ApplicationForm.empty(programmeId));
        }
        return draftForm(model);
    }

    @PostMapping("/console/subsidies/applications")
    String draft(Authentication authentication, ApplicationForm form, Model model, Locale locale,
                 HttpServletResponse response, RedirectAttributes redirect) {
        Person person = FieldProblems.applicant(Person.of(authentication).orElseThrow());
        String organizationId = person.isCityStaff() ? blankToNull(form.organizationId()) : person.organizationId();
        Map<String, String> fields = check(form, locale);
        if (form.programmeId() == null || !SubsidyDesk.PROGRAMME_ID.matcher(form.programmeId()).matches()) {
            fields.put("programmeId", text("console.subsidies.error.programme", locale));
        }
        // an officer acts for the organization of their sign-in; one without it (no org_id) has none to apply for
        if (organizationId == null || !SubsidyDesk.ORGANIZATION_ID.matcher(organizationId).matches()) {
            fields.put("organizationId", text("console.subsidies.error.organization", locale));
        }
        if (!fields.isEmpty()) {
            response.setStatus(400);
            model.addAttribute("fields", fields);
            model.addAttribute("form", form);
            return draftForm(model);
        }
        try {
            Application drafted = desk.draft(form.programmeId(), organizationId, form.content()).value();
            redirect.addFlashAttribute("done", "drafted");
            return "redirect:/console/subsidies/applications/" + drafted.id();
        } catch (ApiProblemException refused) {
            model.addAttribute("fields", FieldProblems.show(refusals.refused(refused, FieldProblems::formField, locale, response), model));
            model.addAttribute("form", form);
            return draftForm(model);
        }
    }

    @GetMapping("/console/subsidies/applications/{id}")
    String application(@PathVariable String id, Authentication authentication, Model model) {
        FieldProblems.applicant(Person.of(authentication).orElseThrow());
        Versioned<Application> application = desk.application(id);
        model.addAttribute("subsidy", application.value());
        model.addAttribute("version", application.etag());
        model.addAttribute("programme", desk.programme(application.value().programmeId()).value());
        model.addAttribute("today", today());
        model.addAttribute("purposes", SubsidyViews.PURPOSES);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", ApplicationForm.of(application.value()));
        }
        if (!model.containsAttribute("typed")) {
            model.addAttribute("typed", Map.of());
        }
        if (!model.containsAttribute("fields")) {
            model.addAttribute("fields", Map.of());
        }
        return "console/subsidies/application";
    }

    /** A draft's new content, or a submitted application's amendment (with why). */
    @PostMapping("/console/subsidies/applications/{id}/amendment")
    String amend(@PathVariable String id, @RequestParam(defaultValue = "") String version, ApplicationForm form,
                 Authentication authentication, Model model, Locale locale, HttpServletResponse response,
                 RedirectAttributes redirect) {
        FieldProblems.applicant(Person.of(authentication).orElseThrow());
        Map<String, String> fields = check(form, locale);
        if (!fields.isEmpty()) {
            response.setStatus(400);
            return refusedAmendment(id, form, fields, null, authentication, model);
        }
        try {
            desk.amend(id, version, form.content(), form.reason());
            redirect.addFlashAttribute("done", "amended");
            return "redirect:/console/subsidies/applications/" + id;
        } catch (ApiProblemException refused) {
            FormRefusal refusal = refusals.refused(refused, FieldProblems::formField, locale, response);
            return refusedAmendment(id, form, refusal.fieldErrors(), refusal, authentication, model);
        }
    }

    /**
     * One step of the application's life: submission, withdrawal (with an optional reason), screening, approval
     * (amount, conditions), rejection (reason), a payment (amount, day), the performance report (summary, day),
     * closure.
     */
    @PostMapping("/console/subsidies/applications/{id}/{step}")
    String step(@PathVariable String id, @PathVariable String step, @RequestParam(defaultValue = "") String version,
                @RequestParam Map<String, String> typed, Authentication authentication, Model model, Locale locale,
                HttpServletResponse response, RedirectAttributes redirect) {
        if (!SubsidyDesk.STEPS.contains(step)) {
            throw new NotFoundException("step " + step);
        }
        Person person = FieldProblems.applicant(Person.of(authentication).orElseThrow());
        if (CITY_STEPS.contains(step) && !person.isCityStaff()) {
            throw new NotPermittedHere(FieldProblems.STAFF_STEP);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, Object> body = bodyOf(step, typed, fields, locale);
        if (fields.isEmpty()) {
            try {
                desk.step(id, step, version, body);
                redirect.addFlashAttribute("done", step);
                return "redirect:/console/subsidies/applications/" + id;
            } catch (ApiProblemException refused) {
                fields.putAll(FieldProblems.show(refusals.refused(refused, FieldProblems::formField, locale, response), model));
            }
        } else {
            response.setStatus(400);
        }
        Map<String, String> kept = new LinkedHashMap<>();
        typed.forEach((name, value) -> {
            if (!"version".equals(name) && !"_csrf".equals(name)) {
                kept.put(step + "." + name, value);
            }
        });
        model.addAttribute("failedStep", step);
        model.addAttribute("typed", kept);
        model.addAttribute("fields", fields);
        return application(id, authentication, model);
    }

    /** The application as it is now, the refusal in place and the form as it was typed. */
    private String refusedAmendment(String id, ApplicationForm form, Map<String, String> fields,
                                    FormRefusal refusal, Authentication authentication, Model model) {
        if (refusal != null) {
            FieldProblems.show(refusal, model);
        }
        model.addAttribute("failedStep", "amendment");
        model.addAttribute("fields", fields);
        model.addAttribute("form", form);
        return application(id, authentication, model);
    }

    private String draftForm(Model model) {
        LocalDate today = today();
        model.addAttribute("programmes", desk.programmes().stream().filter(p -> p.openOn(today)).toList());
        model.addAttribute("purposes", SubsidyViews.PURPOSES);
        if (!model.containsAttribute("fields")) {
            model.addAttribute("fields", Map.of());
        }
        return "console/subsidies/new";
    }

    /** What the web itself can tell about the content before asking the API. */
    private Map<String, String> check(ApplicationForm form, Locale locale) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (form.purpose() == null || !SubsidyViews.PURPOSES.contains(form.purpose())) {
            fields.put("purpose", text("console.subsidies.error.purpose", locale));
        }
        if (form.title() == null || form.title().isBlank()) {
            fields.put("title", text("console.subsidies.error.title", locale));
        }
        if (form.amount() == null) {
            fields.put("requestedAmount", text("console.subsidies.error.amount", locale));
        }
        return fields;
    }

    private Map<String, Object> bodyOf(String step, Map<String, String> typed, Map<String, String> fields, Locale locale) {
        Map<String, Object> body = new LinkedHashMap<>();
        switch (step) {
            case "withdrawal" -> putIfGiven(body, "reason", typed.get("reason"));
            case "rejection" -> {
                if (blankToNull(typed.get("reason")) == null) {
                    fields.put("reason", text("console.subsidies.error.reason", locale));
                }
                putIfGiven(body, "reason", typed.get("reason"));
            }
            case "approval" -> {
                body.put("amount", amount(typed.get("amount"), fields, locale));
                putIfGiven(body, "conditions", typed.get("conditions"));
            }
            case "disbursements" -> {
                body.put("amount", amount(typed.get("amount"), fields, locale));
                body.put("paidOn", day(typed.get("paidOn"), "paidOn", fields, locale));
            }
            case "report" -> {
                if (blankToNull(typed.get("summary")) == null) {
                    fields.put("summary", text("console.subsidies.error.report", locale));
                }
                putIfGiven(body, "summary", typed.get("summary"));
                body.put("submittedOn", day(typed.get("submittedOn"), "submittedOn", fields, locale));
            }
            default -> {
                // submission, screening and closure take no more than the version
            }
        }
        return body;
    }

    private Long amount(String typed, Map<String, String> fields, Locale locale) {
        Long yen = ApplicationForm.yen(typed);
        if (yen == null) {
            fields.put("amount", text("console.subsidies.error.amount", locale));
        }
        return yen;
    }

    private LocalDate day(String typed, String field, Map<String, String> fields, Locale locale) {
        try {
            return LocalDate.parse(typed == null ? "" : typed.strip());
        } catch (java.time.format.DateTimeParseException e) {
            fields.put(field, text("console.subsidies.error.day", locale));
            return null;
        }
    }

    private static void putIfGiven(Map<String, Object> body, String name, String value) {
        if (blankToNull(value) != null) {
            body.put(name, value.strip());
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private String filterOf(String status, Person person) {
        if (status.equals("waiting") || status.equals("action") || status.equals("all")
                || SubsidyViews.STATUSES.contains(status)) {
            return status;
        }
        return person.isCityStaff() ? "waiting" : "all";
    }

    private static List<String> filters(Person person) {
        List<String> filters = new java.util.ArrayList<>();
        filters.add(person.isCityStaff() ? "waiting" : "action");
        filters.add("all");
        filters.addAll(SubsidyViews.STATUSES);
        return filters;
    }

    static List<String> statusesOf(String filter) {
        return switch (filter) {
            case "waiting" -> WAITING;
            case "action" -> OFFICER_ACTION;
            case "all" -> List.of();
            default -> List.of(filter);
        };
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(TOKYO));
    }

    private String text(String code, Locale locale) {
        return messages.getMessage(code, null, locale);
    }
}
