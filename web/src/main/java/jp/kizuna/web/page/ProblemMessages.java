package jp.kizuna.web.page;

import java.util.Locale;

import jp.kizuna.web.api.ApiProblemException;
import jp.kizuna.web.api.ApiUnavailableException;
import jp.kizuna.web.api.ProblemDocument;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/**
 * Turns what the API refused into words for the person in front of the page: a message for the reason
 * the service gave ({@code reason}, e.g. {@code registration-closed}) or else for the kind of problem
 * ({@code urn:kizuna:problem:*}), never a raw problem document or a stack trace.
 */
@Component
public class ProblemMessages {

    private final MessageSource messages;

    ProblemMessages(MessageSource messages) {
        this.messages = messages;
    }

    public PageProblem of(ApiProblemException refusal, Locale locale) {
        ProblemDocument problem = refusal.problem();
        String message = reason(problem, locale);
        if (message == null) {
            message = text("problem.kind." + problem.kind(), locale);
        }
        if (message == null) {
            message = text(problem.status() >= 500 ? "problem.kind.service-unavailable" : "problem.kind.general", locale);
        }
        return new PageProblem(message, problem.detail(),
                problem.errors().stream().map(error -> error.field() + ": " + error.message()).toList());
    }

    public PageProblem unavailable(ApiUnavailableException e, Locale locale) {
        return new PageProblem(text("problem.kind.service-unavailable", locale), null, null);
    }

    /** The address or the form could not be read. */
    public PageProblem malformed(Locale locale) {
        return new PageProblem(text("problem.kind.malformed-request", locale), null, null);
    }

    private String reason(ProblemDocument problem, Locale locale) {
        return problem.extensions().get("reason") instanceof String reason ? text("problem.reason." + reason, locale) : null;
    }

    private String text(String code, Locale locale) {
        try {
            return messages.getMessage(code, null, locale);
        } catch (NoSuchMessageException unknown) {
            return null;
        }
    }
}
