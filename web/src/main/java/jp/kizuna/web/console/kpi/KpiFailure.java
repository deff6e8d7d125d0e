package jp.kizuna.web.console.kpi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import jp.kizuna.web.page.PageProblem;

/**
 * Why a form of the KPI pages was not taken, shown in place beside that form: the message, the fields it names
 * (each with its own message, linked from the summary) and, when someone changed the same thing meanwhile (412),
 * the current value next to what the person typed.
 *
 * @param form        which form of the page ({@code actual}, {@code target}, {@code measure} …)
 * @param fieldErrors field name → the message shown at the field
 * @param current     the current value when the write met a newer version; null otherwise
 */
public record KpiFailure(String form, PageProblem problem, Map<String, String> fieldErrors, boolean conflict, String current) {

    public KpiFailure {
        // in the form's order: the summary lists them as the fields come
        fieldErrors = fieldErrors == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
    }

    public boolean is(String name) {
        return form.equals(name);
    }

    public boolean hasError(String name, String field) {
        return is(name) && fieldErrors.containsKey(field);
    }

    public String error(String field) {
        return fieldErrors.get(field);
    }

    KpiFailure withCurrent(String value) {
        return new KpiFailure(form, problem, fieldErrors, conflict, value);
    }
}
