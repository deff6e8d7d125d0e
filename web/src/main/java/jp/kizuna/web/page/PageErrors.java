package jp.kizuna.web.page;

import java.time.Duration;
import java.time.Instant;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jp.kizuna.web.api.ApiProblemException;
import jp.kizuna.web.api.ApiUnavailableException;
import jp.kizuna.web.api.SignInExpiredException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.savedrequest.SimpleSavedRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * What a page shows when it cannot show what was asked: its own 404 page, a "try again later" page while
 * the API is away, a readable message for a refusal no page handled itself, and a 500 page with a reference
 * to quote — never a stack trace. A sign-in that can no longer be renewed, or a token the API no longer takes,
 * signs the person out here and asks them to sign in again; signed in, they come back to the page they were on.
 */
@ControllerAdvice(annotations = Controller.class)
class PageErrors {

    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);
    /** Where the sign-in's success handler finds the page to come back to ({@code HttpSessionRequestCache}'s default). */
    private static final String SAVED_REQUEST = "SPRING_SECURITY_SAVED_REQUEST";
    /** When this session was last sent to sign in again (kept through the sign-in, which keeps the session's attributes). */
    private static final String SIGN_IN_ASKED_AT = "kizuna.signInAskedAt";
    private static final Duration SIGN_IN_AGAIN_AT_MOST_EVERY = Duration.ofMinutes(1);

    private final ProblemMessages problems;

    PageErrors(ProblemMessages problems) {
        this.problems = problems;
    }

    @ExceptionHandler(NotFoundException.class)
    String notFound(HttpServletResponse response) {
        response.setStatus(404);
        return "error/404";
    }

    @ExceptionHandler(ApiUnavailableException.class)
    String unavailable(ApiUnavailableException e, HttpServletRequest request, HttpServletResponse response, Model model,
                       Locale locale) {
        log.warn("the API is not available: {}", e.getMessage());
        response.setStatus(503);
        frame(request, model, locale);
        model.addAttribute("problem", problems.unavailable(e, locale));
        return "error/problem";
    }

    @ExceptionHandler(ApiProblemException.class)
    String refused(ApiProblemException e, HttpServletRequest request, HttpServletResponse response, Model model,
                   Locale locale) {
        if (e.isNotFound()) {
            return notFound(response);
        }
        response.setStatus(e.status() >= 500 ? 503 : e.status());
        frame(request, model, locale);
        model.addAttribute("problem", problems.of(e, locale));
        return "error/problem";
    }

    /** The page's frame: who is signed in and the other language's address (an exception handler's model is new). */
    private static void frame(HttpServletRequest request, Model model, Locale locale) {
        model.addAttribute("person", Person.of(SecurityContextHolder.getContext().getAuthentication()).orElse(null));
        model.addAttribute("languageSwitch", PageContext.languageSwitchOf(request, locale));
    }

    /**
     * Signs the person out here and into the sign-in flow, remembering where to come back to (where the sign-in's
     * success handler looks for it, in the new session): the page itself for a page that was read; for a form that
     * was sent, the page of this site it was sent from (the form's own address may take no GET), else the front page.
     */
    @ExceptionHandler(SignInExpiredException.class)
    String signInAgain(SignInExpiredException e, HttpServletRequest request, HttpServletResponse response, Model model,
                       Locale locale) {
        HttpSession before = request.getSession(false);
        Object askedAt = before == null ? null : before.getAttribute(SIGN_IN_ASKED_AT);
        if (askedAt instanceof Instant at && at.isAfter(Instant.now().minus(SIGN_IN_AGAIN_AT_MOST_EVERY))) {
            // the API refuses even a token the person has just signed in for (keys, issuer or audience out of
            // step): signing in again would only send them round and round; this page says to try later
            log.warn("the API refused a token issued by a sign-in moments ago; not asking to sign in again");
            return unavailable(new ApiUnavailableException("the API refuses fresh tokens", e), request, response, model, locale);
        }
        String back = comingBackTo(request);
        new SecurityContextLogoutHandler().logout(request, response, SecurityContextHolder.getContext().getAuthentication());
        HttpSession session = request.getSession(true);
        session.setAttribute(SAVED_REQUEST, new SimpleSavedRequest(back));
        session.setAttribute(SIGN_IN_ASKED_AT, Instant.now());
        return "redirect:/oauth2/authorization/kizuna";
    }

    /**
     * This page's address, or for a form, the address of the page it was sent from; always a path on this site (a
     * path and query only, never {@code //elsewhere}), so that coming back leads nowhere else.
     */
    static String comingBackTo(HttpServletRequest request) {
        String path = request.getRequestURI();
        String query = request.getQueryString();
        if (!"GET".equals(request.getMethod())) {
            path = "/";
            query = null;
            try {
                URI from = request.getHeader("Referer") == null ? null : new URI(request.getHeader("Referer"));
                if (from != null && from.getRawPath() != null) {
                    path = from.getRawPath();
                    query = from.getRawQuery();
                }
            } catch (URISyntaxException unreadable) {
                // no page to come back to but the front page
            }
        }
        if (!path.startsWith("/") || path.startsWith("//")) {
            return "/";
        }
        return query == null ? path : path + "?" + query;
    }

    /**
     * Spring's own refusals (no such page or file, a method the page does not take, a malformed parameter)
     * carry their status, a parameter of the wrong type is a 400; anything else is a 500 with a reference.
     */
    @ExceptionHandler(Exception.class)
    String unexpected(Exception e, HttpServletResponse response, Model model, Locale locale) {
        if (e instanceof org.springframework.beans.TypeMismatchException) {
            // a parameter of the address that is not what the page takes (?seats=maybe)
            response.setStatus(400);
            model.addAttribute("problem", problems.malformed(locale));
            return "error/problem";
        }
        if (e instanceof org.springframework.web.ErrorResponse framework && framework.getStatusCode().value() < 500) {
            if (framework.getStatusCode().value() == 404) {
                return notFound(response);
            }
            response.setStatus(framework.getStatusCode().value());
            model.addAttribute("problem", problems.malformed(locale));
            return "error/problem";
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("unexpected error on a page, reference {}", reference, e);
        response.setStatus(500);
        model.addAttribute("reference", reference);
        return "error/500";
    }
}
