package jp.kizuna.localauth.selfservice;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.kizuna.localauth.account.Account;
import jp.kizuna.localauth.account.AccountNotFoundException;
import jp.kizuna.localauth.account.AccountService;
import jp.kizuna.localauth.account.InvalidInputException;
import jp.kizuna.localauth.password.PasswordPolicy;
import jp.kizuna.localauth.web.FieldMessages;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * A signed-in person's own account at the issuer: who they are here, changing their password (also the
 * temporary one a city admin handed out, before any app gets a token) and signing out of every app and
 * device at once.
 */
@Controller
class AccountPage {

    private final AccountService accounts;
    private final FieldMessages messages;
    private final HttpSessionRequestCache requests = new HttpSessionRequestCache();

    AccountPage(AccountService accounts, FieldMessages messages) {
        this.accounts = accounts;
        this.messages = messages;
    }

    @GetMapping("/account")
    String account(Authentication authentication, HttpServletRequest request, Model model) {
        model.addAttribute("account", signedIn(authentication));
        model.addAttribute("registered", request.getParameter("registered") != null);
        model.addAttribute("passwordChanged", request.getParameter("passwordChanged") != null);
        return "account";
    }

    @GetMapping("/account/password")
    String passwordForm(Authentication authentication, Model model) {
        return passwordPage(signedIn(authentication), model);
    }

    @PostMapping("/account/password")
    String changePassword(Authentication authentication, @ModelAttribute PasswordChangeForm form,
                          HttpServletRequest request, HttpServletResponse response, Model model, Locale locale) {
        Account account = signedIn(authentication);
        try {
            accounts.changePassword(account.id(), form.currentPassword(), form.newPassword(),
                    form.newPasswordConfirmation(), request.getSession().getId());
        } catch (InvalidInputException invalid) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("errors", messages.of(invalid.problems(), locale));
            return passwordPage(account, model);
        }
        SavedRequest saved = requests.getRequest(request, response);
        if (saved != null) {
            requests.removeRequest(request, response);
            return "redirect:" + saved.getRedirectUrl();
        }
        return "redirect:/account?passwordChanged";
    }

    @PostMapping("/account/sign-out-everywhere")
    String signOutEverywhere(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
        accounts.signOutEverywhere(signedIn(authentication).id());
        new SecurityContextLogoutHandler().logout(request, response, authentication);
        return "redirect:/login?signedOut";
    }

    private String passwordPage(Account account, Model model) {
        model.addAttribute("account", account);
        model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
        return "password";
    }

    private Account signedIn(Authentication authentication) {
        return accounts.find(authentication.getName())
                .orElseThrow(() -> new AccountNotFoundException(authentication.getName()));
    }
}
