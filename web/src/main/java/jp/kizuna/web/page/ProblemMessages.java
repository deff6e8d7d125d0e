package jp.kizuna.web.page;

import java.util.Locale;

import jp.kizuna.platform.contracts.ProblemTypes;
import jp.kizuna.web.api.ApiProblemException;
import jp.kizuna.web.api.ApiUnavailableException;
import jp.kizuna.web.api.ProblemDocument;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/**
 * Turns what the API refused into words for the person in front of the page: a message for the reason
 * the service gave ({@code reason}, e.g. {@code registration-closed}) or else for the kind of problem
 * ({@code urn:kizuna:problem:*}), never a raw problem document or a stack trace. The service's own explanation
 * goes along only where it is meant for the caller.
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
        if (!explainsItself(problem)) {
            return new PageProblem(message, null, null);
        }
        return new PageProblem(message, problem.detail(),
                problem.errors().stream().map(error -> error.field() + ": " + error.message()).toList());
    }

    /**
     * Whether the problem's own explanation may be shown: the platform's refusals ({@code urn:kizuna:problem:*},
     * 4xx) are written for the caller; a server error, or a problem of a type the platform does not define (a
     * proxy's, say), may describe the inside of the system and is left to the logs.
     */
    private static boolean explainsItself(ProblemDocument problem) {
        return problem.type() != null && problem.type().startsWith(ProblemTypes.PREFIX) && problem.status() < 500;
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
