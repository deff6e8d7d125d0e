package jp.kizuna.web.page;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** What every page's frame shows: who is signed in and the link that switches the language of this page. */
@ControllerAdvice(annotations = Controller.class)
public class PageContext {

    @ModelAttribute("person")
    Person person() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return Person.of(authentication).orElse(null);
    }

    /**
     * This page in the other language: the same address with {@code lang} switched, other parameters kept.
     * On an error page that is the address that was asked for, not the error handler's.
     */
    @ModelAttribute("languageSwitch")
    String languageSwitch(HttpServletRequest request, java.util.Locale locale) {
        return languageSwitchOf(request, locale);
    }

    /** As {@link #languageSwitch}, for an exception handler's page, whose model is new. */
    public static String languageSwitchOf(HttpServletRequest request, java.util.Locale locale) {
        String other = "en".equals(locale.getLanguage()) ? "ja" : "en";
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String asked) {
            // the address as the browser sent it (already percent-encoded)
            return asked + "?lang=" + other;
        }
        return ServletUriComponentsBuilder.fromRequest(request).replaceQueryParam("lang", other)
                .build().toUriString().replaceFirst("^https?://[^/]+", "");
    }
}
