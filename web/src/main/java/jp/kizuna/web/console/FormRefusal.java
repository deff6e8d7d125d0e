package jp.kizuna.web.console;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.kizuna.web.page.PageProblem;

/**
 * Why a form of the console was not taken, as the form shows it in place: the readable message on top (and the
 * API's own explanation where it is meant for the caller), each field it names with its message next to the
 * field, and whether someone changed the same thing meanwhile (412: the page shows the current values beside
 * what was typed). Made by {@link ConsoleRefusals}.
 *
 * @param fieldErrors the form's field → its message, in the order the fields were named
 */
public record FormRefusal(String message, String detail, Map<String, String> fieldErrors, boolean conflict) {

    public FormRefusal {
        fieldErrors = fieldErrors == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
    }

    /** The refusal's words as a page shows a problem (flashed after a redirect, say). */
    public PageProblem problem() {
        return new PageProblem(message, detail, null);
    }

    public String errorFor(String field) {
        return fieldErrors.get(field);
    }

    public boolean has(String field) {
        return fieldErrors.containsKey(field);
    }

    /**
     * The id of the input of a field: the field's place in the API's body written with hyphens
     * ({@code contact.phone} → {@code contact-phone}, {@code activities[1].title} → {@code activities-1-title}).
     */
    public static String idOf(String field) {
        return field.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", "");
    }

    /** The fields in their order, each with the id of its input ({@link #idOf}), for an error summary. */
    public List<Map.Entry<String, String>> summary() {
        return fieldErrors.entrySet().stream().map(e -> Map.entry(idOf(e.getKey()), e.getKey() + ": " + e.getValue())).toList();
    }
}
