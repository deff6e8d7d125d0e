package jp.kizuna.web.console.events;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.kizuna.web.page.PageContext;
import jp.kizuna.web.page.PageProblem;
import jp.kizuna.web.page.Person;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A page of the events console the person may not use — another organization's event for an officer, the trusted
 * publishers for anyone but city staff, an officer acting for no organization — is the portal's readable 403,
 * before the API is asked to change anything.
 */
@ControllerAdvice(basePackageClasses = EventsRefusals.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class EventsRefusals {

    private final MessageSource messages;

    EventsRefusals(MessageSource messages) {
        this.messages = messages;
    }

    /** Whose events the person manages: {@code null} for city staff (all of them), else their organization. */
    static String organizerScope(Person person) {
        if (person.isCityStaff()) {
            return null;
        }
        if (person.organizationId() == null) {
            throw new NotYours("console.events.notPermitted.noOrganization");
        }
        return person.organizationId();
    }

    /** An officer may open only their own organization's events and series; city staff any. */
    static void requireManages(Person person, String organizerId) {
        String scope = organizerScope(person);
        if (scope != null && !scope.equals(organizerId)) {
            throw new NotYours("console.events.notPermitted.other");
        }
    }

    static void requireCityStaff(Person person) {
        if (!person.isCityStaff()) {
            throw new NotYours("console.events.notPermitted.cityOnly");
        }
    }

    @ExceptionHandler(NotYours.class)
    String notYours(NotYours refusal, Authentication authentication, HttpServletRequest request, HttpServletResponse response,
                    Model model, Locale locale) {
        response.setStatus(403);
        // an exception handler's model is new: the page's frame needs who is signed in and the other language's address
        model.addAttribute("person", Person.of(authentication).orElse(null));
        model.addAttribute("languageSwitch", PageContext.languageSwitchOf(request, locale));
        model.addAttribute("section", "console");
        model.addAttribute("problem", new PageProblem(messages.getMessage(refusal.getMessage(), null, locale), null, null));
        return "error/problem";
    }

    /** The person may not use this page; the message names why (a key of the messages). */
    static final class NotYours extends RuntimeException {

        NotYours(String messageKey) {
            super(messageKey, null, false, false);
        }
    }
}
