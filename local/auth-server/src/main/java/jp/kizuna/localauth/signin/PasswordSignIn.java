package jp.kizuna.localauth.signin;

import java.util.Optional;

import jp.kizuna.localauth.account.Account;
import jp.kizuna.localauth.account.AccountService;
import jp.kizuna.localauth.password.PasswordHashing;
import jp.kizuna.localauth.password.PasswordPolicy;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Signs a person in with their e-mail address and password. The answer never tells whether an address has
 * an account: an unknown address and a wrong password fail alike, after the same work (a password hash is
 * checked in both cases), and count against the same limits ({@link AbuseLimits}). Only someone who knows
 * the password learns that an account is disabled. The authenticated principal's name is the account id,
 * which becomes the tokens' {@code sub}.
 * <p>
 * Not a bean: an {@link AuthenticationProvider} bean would also become the parent authentication
 * manager's, and a failed sign-in would be tried (and counted) twice.
 */
public class PasswordSignIn implements AuthenticationProvider {

    private final AccountService accounts;
    private final PasswordHashing passwords;
    private final AbuseLimits limits;
    private final String unknownAccountHash;

    public PasswordSignIn(AccountService accounts, PasswordHashing passwords, AbuseLimits limits) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.limits = limits;
        this.unknownAccountHash = passwords.hash("no account has this password, it only costs the same time");
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String email = String.valueOf(authentication.getName());
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : "unknown";
        Optional<java.time.Duration> wait = limits.signInWait(email, address);
        if (wait.isPresent()) {
            throw new SignInThrottledException(wait.get());
        }
        String normalised = PasswordPolicy.normalise(password);
        Optional<Account> account = accounts.findByEmail(email);
        boolean matches = passwords.matches(normalised, account.map(Account::passwordHash).orElse(unknownAccountHash));
        if (account.isEmpty() || !matches) {
            limits.signInFailed(email, address);
            throw new BadCredentialsException("wrong e-mail address or password");
        }
        Account person = account.get();
        if (!person.isActive()) {
            throw new DisabledException("account " + person.id() + " is disabled");
        }
        limits.signInSucceeded(email);
        accounts.upgradeHash(person.id(), password);
        UsernamePasswordAuthenticationToken signedIn = SignInSessions.authenticationOf(person);
        signedIn.setDetails(authentication.getDetails());
        return signedIn;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
