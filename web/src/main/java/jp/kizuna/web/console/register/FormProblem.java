package jp.kizuna.web.console.register;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jp.kizuna.web.api.ApiProblemException;
import jp.kizuna.web.api.ProblemDocument;
import jp.kizuna.web.page.PageProblem;
import jp.kizuna.web.page.ProblemMessages;

/**
 * A refused write as its form shows it: the readable message on top, and each field the API named next to its
 * input (the error summary links to it, the input points at its message with {@code aria-describedby}). The
 * API names fields by their place in the body ({@code contact.phone}, {@code activities[1].title}); the form's
 * inputs have those places as ids, written with hyphens ({@code contact-phone}, {@code activities-1-title}).
 *
 * @param conflict someone changed the record meanwhile (412): the page shows the current values beside what was typed
 */
public record FormProblem(String message, String detail, Map<String, String> fieldErrors, boolean conflict) {

    public FormProblem {
        fieldErrors = Map.copyOf(fieldErrors);
    }

    static FormProblem of(ApiProblemException refusal, ProblemMessages problems, Locale locale) {
        PageProblem readable = problems.of(refusal, locale);
        Map<String, String> fields = new LinkedHashMap<>();
        for (ProblemDocument.FieldError error : refusal.problem().errors()) {
            if (error.field() != null) {
                fields.merge(error.field(), error.message(), (first, second) -> first + "; " + second);
            }
        }
        return new FormProblem(readable.message(), readable.detail(), fields, refusal.status() == 412);
    }

    /** The id of the input for a field the API named. */
    public static String idOf(String field) {
        return field.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", "");
    }

    public String errorFor(String field) {
        return fieldErrors.get(field);
    }

    public boolean has(String field) {
        return fieldErrors.containsKey(field);
    }

    /** The fields in the order the API named them, each with the id of its input, for the error summary. */
    public List<Map.Entry<String, String>> summary() {
        return fieldErrors.entrySet().stream().map(e -> Map.entry(idOf(e.getKey()), e.getKey() + ": " + e.getValue())).toList();
    }
}
