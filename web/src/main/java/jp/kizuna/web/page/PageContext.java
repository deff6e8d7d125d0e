package jp.kizuna.web.page;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** What every page's frame shows: who is signed in and the link that switches the language of this page. */
@ControllerAdvice(annotations = Controller.class)
class PageContext {

    @ModelAttribute("person")
    Person person() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return Person.of(authentication).orElse(null);
    }

    /** This page in the other language: the same address with {@code lang} switched, other parameters kept. */
    @ModelAttribute("languageSwitch")
    String languageSwitch(HttpServletRequest request, java.util.Locale locale) {
        String other = "en".equals(locale.getLanguage()) ? "ja" : "en";
        return ServletUriComponentsBuilder.fromRequest(request).replaceQueryParam("lang", other)
                .build().toUriString().replaceFirst("^https?://[^/]+", "");
    }
}
