package jp.kizuna.localauth.registration;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.kizuna.localauth.account.Account;
import jp.kizuna.localauth.account.AccountService;
import jp.kizuna.localauth.account.InvalidInputException;
import jp.kizuna.localauth.password.PasswordPolicy;
import jp.kizuna.localauth.signin.AbuseLimits;
import jp.kizuna.localauth.signin.SignInSessions;
import jp.kizuna.localauth.web.FieldMessages;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Residents open their own account: display name, optional kana reading, e-mail and password. A wrong
 * field keeps what was typed (except the passwords) and says what to change; registrations are limited
 * per client address. Once registered the person is signed in and goes on to the app that sent them.
 */
@Controller
class RegistrationPage {

    private final AccountService accounts;
    private final AbuseLimits limits;
    private final SignInSessions sessions;
    private final FieldMessages messages;
    private final HttpSessionRequestCache requests = new HttpSessionRequestCache();

    RegistrationPage(AccountService accounts, AbuseLimits limits, SignInSessions sessions, FieldMessages messages) {
        this.accounts = accounts;
        this.limits = limits;
        this.sessions = sessions;
        this.messages = messages;
    }

    @GetMapping("/register")
    String form(Model model) {
        model.addAttribute("form", RegistrationForm.empty());
        model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
        return "register";
    }

    @PostMapping("/register")
    String register(@ModelAttribute RegistrationForm form, HttpServletRequest request, HttpServletResponse response,
                    Model model, Locale locale) {
        model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
        Optional<Duration> wait = limits.registrationWait(request.getRemoteAddr());
        if (wait.isPresent()) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            model.addAttribute("form", form.withoutPasswords());
            model.addAttribute("problem", messages.message("problem.registration.throttled",
                    List.of(Math.max(1, wait.get().toMinutes())), locale));
            return "register";
        }
        Account account;
        try {
            account = accounts.registerResident(form.displayName(), form.kanaName(), form.email(), form.password(),
                    form.passwordConfirmation());
        } catch (InvalidInputException invalid) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("form", form.withoutPasswords());
            model.addAttribute("errors", messages.of(invalid.problems(), locale));
            return "register";
        }
        limits.registered(request.getRemoteAddr());
        sessions.signIn(account, request, response);
        SavedRequest saved = requests.getRequest(request, response);
        return "redirect:" + (saved != null ? saved.getRedirectUrl() : "/account?registered");
    }
}
