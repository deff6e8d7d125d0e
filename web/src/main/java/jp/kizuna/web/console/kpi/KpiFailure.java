package jp.kizuna.web.console.kpi;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jp.kizuna.web.console.FormRefusal;
import jp.kizuna.web.page.PageProblem;
import org.springframework.context.MessageSource;

/**
 * Why a form of the KPI pages was not taken, shown in place beside that form: the console's {@link FormRefusal}
 * (the message, the fields it names, each with its own message linked from the summary, and whether someone
 * changed the same thing meanwhile) and, after such a change, the current value next to what the person typed.
 *
 * @param form    which form of the page ({@code actual}, {@code target}, {@code measure} …)
 * @param current the current value when the write met a newer version; null otherwise
 */
public record KpiFailure(String form, FormRefusal refusal, String current) {

    /** The console's own checks failed (each field's message already in the page's language), or the API did not answer. */
    static KpiFailure of(String form, FormRefusal refusal) {
        return new KpiFailure(form, refusal, null);
    }

    /** The API refused the form: its words for a field are put in a sentence of the page's language. */
    static KpiFailure refused(String form, FormRefusal refusal, MessageSource messages, Locale locale) {
        Map<String, String> fields = new LinkedHashMap<>();
        refusal.fieldErrors().forEach((field, said) ->
                fields.put(field, messages.getMessage("console.kpi.error.api", new Object[] {said}, locale)));
        return new KpiFailure(form, new FormRefusal(refusal.message(), refusal.detail(), fields, refusal.conflict()), null);
    }

    public PageProblem problem() {
        return refusal.problem();
    }

    public Map<String, String> fieldErrors() {
        return refusal.fieldErrors();
    }

    public boolean conflict() {
        return refusal.conflict();
    }

    public boolean is(String name) {
        return form.equals(name);
    }

    public boolean hasError(String name, String field) {
        return is(name) && refusal.has(field);
    }

    public String error(String field) {
        return refusal.errorFor(field);
    }

    KpiFailure withCurrent(String value) {
        return new KpiFailure(form, refusal, value);
    }
}
