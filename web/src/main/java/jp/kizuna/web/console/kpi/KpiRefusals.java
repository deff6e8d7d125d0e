package jp.kizuna.web.console.kpi;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jp.kizuna.web.api.ApiProblemException;
import jp.kizuna.web.api.ApiUnavailableException;
import jp.kizuna.web.api.ProblemDocument;
import jp.kizuna.web.page.PageProblem;
import jp.kizuna.web.page.ProblemMessages;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns what was wrong with a KPI form into a {@link KpiFailure}: the console's own checks (a value that is no
 * number, a correction without its reason) before anything is sent, and the API's refusals after, with the
 * fields the API names put beside the form's fields.
 */
@Component
class KpiRefusals {

    private final ProblemMessages problems;
    private final MessageSource messages;

    KpiRefusals(ProblemMessages problems, MessageSource messages) {
        this.problems = problems;
        this.messages = messages;
    }

    /** The console's own checks failed: nothing was sent; the page answers 400. */
    KpiFailure invalid(String form, Map<String, String> errorKeys, Locale locale, HttpServletResponse response) {
        response.setStatus(400);
        Map<String, String> fieldErrors = new LinkedHashMap<>();
        errorKeys.forEach((field, key) -> fieldErrors.put(field, text(key, locale)));
        return new KpiFailure(form, new PageProblem(text("problem.kind.validation-failed", locale), null, null), fieldErrors,
                false, null);
    }

    /**
     * The API refused the write; the page answers with its status (a 5xx as 503). {@code fields} says which form
     * field each body member of the API is typed into ({@code reason} → {@code text}).
     */
    KpiFailure refused(String form, ApiProblemException refusal, Map<String, String> fields, Locale locale,
                       HttpServletResponse response) {
        response.setStatus(refusal.status() >= 500 ? 503 : refusal.status());
        ProblemDocument problem = refusal.problem();
        Map<String, String> fieldErrors = new LinkedHashMap<>();
        if (problem.status() < 500) {
            for (ProblemDocument.FieldError error : problem.errors()) {
                String field = error.field() == null ? null : fields.get(error.field());
                if (field != null) {
                    fieldErrors.putIfAbsent(field, messages.getMessage("console.kpi.error.api", new Object[] {error.message()},
                            locale));
                }
            }
        }
        return new KpiFailure(form, problems.of(refusal, locale), fieldErrors, problem.status() == 412, null);
    }

    /** The API did not answer: nothing is known to be stored; the form is shown again as typed (503). */
    KpiFailure unanswered(String form, ApiUnavailableException e, Locale locale, HttpServletResponse response) {
        response.setStatus(503);
        return new KpiFailure(form, problems.unavailable(e, locale), null, false, null);
    }

    String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
