package jp.kizuna.web.console.subsidies;

import java.util.Map;

import jp.kizuna.platform.contracts.Roles;
import jp.kizuna.web.console.FormRefusal;
import jp.kizuna.web.console.NotPermittedHere;
import jp.kizuna.web.page.Person;
import org.springframework.ui.Model;

/**
 * The subsidy pages' side of the console's refusals ({@code ConsoleRefusals}): the fields of a form that a refusal
 * names, the API's field names ({@code content.title}) as the form's ({@code title}), so that each message sits next
 * to its field and the error summary links to it; how the subsidy pages show a {@link FormRefusal}; and who may use
 * which of their pages.
 */
final class FieldProblems {

    /** What anyone but city staff is told on the desk's pages: budgets, programmes, screening, the queues. */
    static final String STAFF_ONLY = "console.subsidies.forbidden";
    /** What an officer is told of the city's steps of an application (screening, decision, payment, closure). */
    static final String STAFF_STEP = "console.subsidies.forbidden.step";
    /** What a partner publisher is told of applications, which are the city's and organizations' officers'. */
    static final String NOT_AN_APPLICANT = "console.subsidies.forbidden.partner";

    private static final Map<String, String> FORM_FIELD = Map.ofEntries(
            Map.entry("programmeId", "programmeId"), Map.entry("organizationId", "organizationId"),
            Map.entry("content.purpose", "purpose"), Map.entry("content.title", "title"),
            Map.entry("content.description", "plan"), Map.entry("content.requestedAmount", "requestedAmount"),
            Map.entry("reason", "reason"), Map.entry("amount", "amount"), Map.entry("conditions", "conditions"),
            Map.entry("paidOn", "paidOn"), Map.entry("summary", "summary"), Map.entry("submittedOn", "submittedOn"),
            Map.entry("subject", "subject"), Map.entry("name", "name"), Map.entry("connectedOrganizations", "connected"),
            Map.entry("slug", "slug"), Map.entry("fiscalYear", "fiscalYear"), Map.entry("projectCode", "projectCode"),
            Map.entry("envelope", "envelope"), Map.entry("opensOn", "opensOn"), Map.entry("closesOn", "closesOn"),
            Map.entry("maxPerApplication", "maxPerApplication"), Map.entry("applicationCap", "applicationCap"),
            Map.entry("criteria", "criteria"), Map.entry("notes", "notes"));

    private FieldProblems() {
    }

    /** The form field an API field is typed into ({@code connectedOrganizations[1]} → {@code connected}); null if none. */
    static String formField(String apiField) {
        return FORM_FIELD.get(apiField.replaceAll("\\[\\d+]$", ""));
    }

    /**
     * Puts the refusal on the page as the subsidy templates show it: its words ({@code problem}) and whether someone
     * changed it meanwhile ({@code conflict}); answers the fields it names, for the page's {@code fields}.
     */
    static Map<String, String> show(FormRefusal refusal, Model model) {
        model.addAttribute("problem", refusal.problem());
        model.addAttribute("conflict", refusal.conflict());
        return refusal.fieldErrors();
    }

    /** City staff's, or an organization's officer's (org-admin): a partner publisher has no applications. */
    static Person applicant(Person person) {
        if (!person.isCityStaff() && !person.roles().contains(Roles.ORG_ADMIN)) {
            throw new NotPermittedHere(NOT_AN_APPLICANT);
        }
        return person;
    }
}
