package jp.kizuna.localauth.signin;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.kizuna.localauth.account.Account;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.CompositeSessionAuthenticationStrategy;
import org.springframework.security.web.authentication.session.RegisterSessionAuthenticationStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/** Signs a person in without the sign-in form: right after they registered. */
@Component
public class SignInSessions {

    private final SessionAuthenticationStrategy sessionStrategy;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SignInSessions(SessionRegistry registry) {
        this.sessionStrategy = new CompositeSessionAuthenticationStrategy(List.of(
                new ChangeSessionIdAuthenticationStrategy(), new RegisterSessionAuthenticationStrategy(registry)));
    }

    /** A signed-in person: the principal's name is the account id, their one role its authority. */
    static UsernamePasswordAuthenticationToken authenticationOf(Account account) {
        List<SimpleGrantedAuthority> authorities = List.of(new SimpleGrantedAuthority("ROLE_" + account.role().claim()));
        return UsernamePasswordAuthenticationToken.authenticated(new User(account.id(), "", authorities), null, authorities);
    }

    public void signIn(Account account, HttpServletRequest request, HttpServletResponse response) {
        UsernamePasswordAuthenticationToken authentication = authenticationOf(account);
        request.getSession(true);
        sessionStrategy.onAuthentication(authentication, request, response);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
