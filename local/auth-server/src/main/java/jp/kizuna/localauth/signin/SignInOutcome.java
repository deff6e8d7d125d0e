package jp.kizuna.localauth.signin;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.kizuna.localauth.account.Account;
import jp.kizuna.localauth.account.AccountService;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * Where a sign-in leads: on success back to the app that asked (the kept authorization request), or to the
 * account page; with a temporary password first to the password change. On failure back to the sign-in page
 * with one message for every wrong e-mail or password, another for too many tries.
 */
@Component
public class SignInOutcome {

    /** Session attribute with the last failed sign-in's message (code and arguments) and the typed e-mail. */
    static final String PROBLEM = SignInOutcome.class.getName() + ".problem";

    record Problem(String code, List<Object> arguments, String email, boolean throttled) implements java.io.Serializable {
    }

    private final AccountService accounts;

    SignInOutcome(AccountService accounts) {
        this.accounts = accounts;
    }

    public SavedRequestAwareAuthenticationSuccessHandler success() {
        SavedRequestAwareAuthenticationSuccessHandler handler = new SavedRequestAwareAuthenticationSuccessHandler() {
            @Override
            public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                                Authentication authentication) throws ServletException, IOException {
                request.getSession().removeAttribute(PROBLEM);
                if (accounts.find(authentication.getName()).filter(Account::passwordChangeRequired).isPresent()) {
                    getRedirectStrategy().sendRedirect(request, response, PasswordChangeGate.CHANGE_PAGE);
                    return;
                }
                super.onAuthenticationSuccess(request, response, authentication);
            }
        };
        handler.setDefaultTargetUrl("/account");
        return handler;
    }

    public AuthenticationFailureHandler failure() {
        return (HttpServletRequest request, HttpServletResponse response, AuthenticationException exception) -> {
            Problem problem = switch (exception) {
                case SignInThrottledException throttled -> new Problem("problem.signIn.throttled",
                        List.of(throttled.retryAfterSeconds()), request.getParameter("email"), true);
                case DisabledException disabled -> new Problem("problem.signIn.disabled", List.of(),
                        request.getParameter("email"), false);
                default -> new Problem("problem.signIn.failed", List.of(), request.getParameter("email"), false);
            };
            request.getSession().setAttribute(PROBLEM, problem);
            response.sendRedirect(request.getContextPath() + "/login?error");
        };
    }
}
