package jp.kizuna.web.console.subsidies;

import java.util.LinkedHashMap;
import java.util.Map;

import jp.kizuna.web.api.ApiProblemException;
import jp.kizuna.web.api.ProblemDocument;

/**
 * The fields of a form that a refusal names, each with what to change: the API's field names
 * ({@code content.title}) become the form's ({@code title}), so that each message sits next to its field and the
 * error summary links to it.
 */
final class FieldProblems {

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

    /** The form fields the API's refusal names, in its order, with the API's own words (English) for each. */
    static Map<String, String> of(ApiProblemException refusal) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (ProblemDocument.FieldError error : refusal.problem().errors()) {
            String field = error.field() == null ? null : FORM_FIELD.get(error.field().replaceAll("\\[\\d+]$", ""));
            if (field != null) {
                fields.putIfAbsent(field, error.message());
            }
        }
        return fields;
    }
}
