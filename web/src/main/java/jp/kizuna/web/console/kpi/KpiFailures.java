package jp.kizuna.web.console.kpi;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jp.kizuna.web.api.ApiProblemException;
import jp.kizuna.web.api.ApiUnavailableException;
import jp.kizuna.web.console.ConsoleRefusals;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Why a KPI form was not taken, for both KPI pages: the console's own checks, the API's refusal, no answer. */
@Component
class KpiFailures {

    private final ConsoleRefusals refusals;
    private final MessageSource messages;

    KpiFailures(ConsoleRefusals refusals, MessageSource messages) {
        this.refusals = refusals;
        this.messages = messages;
    }

    /** The console's own checks failed; {@code errorKeys} are each field's message key. */
    KpiFailure invalid(String form, Map<String, String> errorKeys, Locale locale, HttpServletResponse response) {
        Map<String, String> texts = new LinkedHashMap<>();
        errorKeys.forEach((field, key) -> texts.put(field, messages.getMessage(key, null, locale)));
        return KpiFailure.of(form, refusals.invalid(texts, locale, response));
    }

    /** The API refused the form; {@code fields} says which form field each body member of the API is typed into. */
    KpiFailure refused(String form, ApiProblemException refusal, Map<String, String> fields, Locale locale,
                       HttpServletResponse response) {
        return KpiFailure.refused(form, refusals.refused(refusal, fields::get, locale, response), messages, locale);
    }

    KpiFailure unanswered(String form, ApiUnavailableException unanswered, Locale locale, HttpServletResponse response) {
        return KpiFailure.of(form, refusals.unanswered(unanswered, locale, response));
    }
}
