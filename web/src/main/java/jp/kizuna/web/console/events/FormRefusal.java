package jp.kizuna.web.console.events;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jp.kizuna.web.api.ApiProblemException;
import jp.kizuna.web.api.ProblemDocument;
import jp.kizuna.web.page.PageProblem;
import jp.kizuna.web.page.ProblemMessages;

/**
 * A refused form as its page shows it: the readable message on top (the error summary, linking to each field
 * named), each field's message next to its input (which points at it with {@code aria-describedby}).
 *
 * @param fieldErrors by the id of the input, in the order they were named
 * @param conflict someone changed the record meanwhile (412): the page shows the current values beside what was typed
 */
public record FormRefusal(String message, String detail, Map<String, String> fieldErrors, boolean conflict) {

    public FormRefusal {
        fieldErrors = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
    }

    /** The API's refusal; its fields (body paths such as {@code details.venue.name}) go to the inputs {@code inputOf} names. */
    static FormRefusal of(ApiProblemException refusal, ProblemMessages problems, Locale locale,
                          java.util.function.Function<String, String> inputOf) {
        PageProblem readable = problems.of(refusal, locale);
        Map<String, String> fields = new LinkedHashMap<>();
        for (ProblemDocument.FieldError error : refusal.problem().errors()) {
            if (error.field() != null) {
                fields.merge(inputOf.apply(error.field()), error.message(), (first, second) -> first + "; " + second);
            }
        }
        return new FormRefusal(readable.message(), fields.isEmpty() ? readable.detail() : null, fields,
                refusal.status() == 412);
    }

    /** Fields the form itself found unreadable (a number that is none), before the API was asked. */
    static FormRefusal ofFields(String message, Map<String, String> fields) {
        return new FormRefusal(message, null, fields, false);
    }

    public String errorFor(String input) {
        return fieldErrors.get(input);
    }

    /** The inputs in the order named, each with its message, for the error summary's links. */
    public List<Map.Entry<String, String>> summary() {
        return List.copyOf(fieldErrors.entrySet());
    }
}
