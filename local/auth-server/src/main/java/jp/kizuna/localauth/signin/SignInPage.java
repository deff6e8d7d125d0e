package jp.kizuna.localauth.signin;

import java.util.Arrays;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jp.kizuna.localauth.LocalAuthProperties;
import jp.kizuna.localauth.web.FieldMessages;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.LocaleResolver;

/** The sign-in page, with the message of a failed try and, in the local stack, the demo people's note. */
@Controller
class SignInPage {

    private final FieldMessages messages;
    private final LocaleResolver locales;
    private final LocalAuthProperties properties;
    private final HttpSessionRequestCache requests = new HttpSessionRequestCache();

    SignInPage(FieldMessages messages, LocaleResolver locales, LocalAuthProperties properties) {
        this.messages = messages;
        this.locales = locales;
        this.properties = properties;
    }

    @GetMapping("/login")
    String signIn(HttpServletRequest request, HttpServletResponse response, Model model, Locale locale) {
        Locale language = languageOfTheApp(request, response).orElse(locale);
        HttpSession session = request.getSession(false);
        if (request.getParameter("error") != null && session != null
                && session.getAttribute(SignInOutcome.PROBLEM) instanceof SignInOutcome.Problem problem) {
            model.addAttribute("problem", messages.message(problem.code(), problem.arguments(), language));
            model.addAttribute("email", problem.email());
            if (problem.throttled()) {
                response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            }
        }
        model.addAttribute("signedOut", request.getParameter("signedOut") != null);
        return "login";
    }

    /**
     * The language the app asked for with {@code ui_locales} in the kept authorization request, unless the
     * person chose one here.
     */
    private java.util.Optional<Locale> languageOfTheApp(HttpServletRequest request, HttpServletResponse response) {
        if (request.getParameter("lang") != null) {
            return java.util.Optional.empty();
        }
        SavedRequest saved = requests.getRequest(request, response);
        String[] uiLocales = saved == null ? null : saved.getParameterValues("ui_locales");
        if (uiLocales == null || uiLocales.length == 0) {
            return java.util.Optional.empty();
        }
        return Arrays.stream(uiLocales[0].split(" ")).map(Locale::forLanguageTag)
                .filter(tag -> tag.getLanguage().equals("en") || tag.getLanguage().equals("ja"))
                .findFirst()
                .map(chosen -> {
                    locales.setLocale(request, response, chosen);
                    return chosen;
                });
    }
}
