package jp.kizuna.web.console;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.kizuna.web.api.ApiProblemException;
import jp.kizuna.web.api.ApiUnavailableException;
import jp.kizuna.web.api.ProblemDocument;
import jp.kizuna.web.page.PageContext;
import jp.kizuna.web.page.PageProblem;
import jp.kizuna.web.page.Person;
import jp.kizuna.web.page.ProblemMessages;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * The console's one home for a refusal, in words and in place:
 * <ul>
 *   <li><b>this person may not do this here</b> — a page checks who is signed in before it asks the API anything
 *   ({@link #cityStaff}) and throws {@link NotPermittedHere}; the answer is a readable 403 page in the console's
 *   frame: who is signed in, the navigation, the language switch;</li>
 *   <li><b>the API refused this form</b> ({@link #refused}), the console's own checks failed before anything was
 *   sent ({@link #invalid}) or the API did not answer ({@link #unanswered}) — a {@link FormRefusal} the form shows
 *   beside what was typed, and the status the page answers with.</li>
 * </ul>
 * Ordered before the portal's {@code PageErrors}, whose catch-all would otherwise take a refusal for a failure.
 */
@ControllerAdvice(basePackageClasses = ConsoleRefusals.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ConsoleRefusals {

    private final ProblemMessages problems;
    private final MessageSource messages;

    ConsoleRefusals(ProblemMessages problems, MessageSource messages) {
        this.problems = problems;
        this.messages = messages;
    }

    /**
     * The signed-in person, if they are city staff.
     *
     * @param reasonKey the message that tells anyone else whose page this is
     * @throws NotPermittedHere for anyone else
     */
    public static Person cityStaff(Authentication authentication, String reasonKey) {
        Person person = Person.of(authentication).orElseThrow(() -> new NotPermittedHere(reasonKey));
        if (!person.isCityStaff()) {
            throw new NotPermittedHere(reasonKey);
        }
        return person;
    }

    /** The page's frame needs who is signed in and the other language's address: an exception handler's model is new. */
    @ExceptionHandler(NotPermittedHere.class)
    String notPermitted(NotPermittedHere refusal, Authentication authentication, HttpServletRequest request,
                        HttpServletResponse response, Model model, Locale locale) {
        response.setStatus(403);
        model.addAttribute("person", Person.of(authentication).orElse(null));
        model.addAttribute("languageSwitch", PageContext.languageSwitchOf(request, locale));
        model.addAttribute("section", "console");
        model.addAttribute("problem", new PageProblem(messages.getMessage(refusal.reasonKey(), null, locale), null, null));
        return "error/problem";
    }

    /**
     * The API refused the write: the page answers with the API's status (a 5xx as 503) and the form with what the
     * API said, each field the API names at the form's field {@code formField} gives for it (none: the field is not
     * on this form, the message on top says it). The API's own words for a field go along as it wrote them; a
     * field named twice gets both.
     */
    public FormRefusal refused(ApiProblemException refusal, Function<String, String> formField, Locale locale,
                               HttpServletResponse response) {
        response.setStatus(refusal.status() >= 500 ? 503 : refusal.status());
        PageProblem readable = problems.of(refusal, locale);
        Map<String, String> fields = new LinkedHashMap<>();
        if (refusal.status() < 500) {
            for (ProblemDocument.FieldError error : refusal.problem().errors()) {
                String field = error.field() == null ? null : formField.apply(error.field());
                if (field != null) {
                    fields.merge(field, error.message(), (first, second) -> first.equals(second) ? first : first + "; " + second);
                }
            }
        }
        return new FormRefusal(readable.message(), readable.detail(), fields, refusal.status() == 412);
    }

    /** As {@link #refused(ApiProblemException, Function, Locale, HttpServletResponse)}, the form's fields named as the API names them. */
    public FormRefusal refused(ApiProblemException refusal, Locale locale, HttpServletResponse response) {
        return refused(refusal, Function.identity(), locale, response);
    }

    /** The console's own checks failed: nothing was sent; the page answers 400. {@code errors}: field → its message. */
    public FormRefusal invalid(Map<String, String> errors, Locale locale, HttpServletResponse response) {
        response.setStatus(400);
        return new FormRefusal(text("problem.kind.validation-failed", locale), null, errors, false);
    }

    /** The API did not answer: nothing is known to be stored; the form is shown again as typed (503). */
    public FormRefusal unanswered(ApiUnavailableException e, Locale locale, HttpServletResponse response) {
        response.setStatus(503);
        return new FormRefusal(problems.unavailable(e, locale).message(), null, null, false);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
