package jp.kizuna.localauth.signin;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import jp.kizuna.localauth.LocalAuthProperties;
import jp.kizuna.localauth.account.EmailAddress;
import org.springframework.stereotype.Component;

/**
 * The issuer's limits against guessing and flooding ({@code kizuna.local-auth.throttle.*}):
 * <ul>
 *   <li>failed sign-ins per submitted e-mail address — counted whether or not an account has that address,
 *       so the answer never tells whether it exists — and per client address;</li>
 *   <li>resident registrations per client address;</li>
 *   <li>failed client authentications at the token endpoint per client id.</li>
 * </ul>
 * A successful sign-in clears its e-mail's count.
 */
@Component
public class AbuseLimits {

    private final AttemptCounter failedSignInsPerAccount;
    private final AttemptCounter failedSignInsPerAddress;
    private final AttemptCounter registrationsPerAddress;
    private final AttemptCounter failedTokenRequestsPerClient;

    public AbuseLimits(LocalAuthProperties properties, Clock clock) {
        LocalAuthProperties.Throttle throttle = properties.throttle();
        this.failedSignInsPerAccount = new AttemptCounter(throttle.window(), throttle.failedSignInsPerAccount(), clock);
        this.failedSignInsPerAddress = new AttemptCounter(throttle.window(), throttle.failedSignInsPerAddress(), clock);
        this.registrationsPerAddress = new AttemptCounter(throttle.registrationWindow(), throttle.registrationsPerAddress(), clock);
        this.failedTokenRequestsPerClient = new AttemptCounter(throttle.window(), throttle.failedTokenRequestsPerClient(), clock);
    }

    /** How long a sign-in with this e-mail from this address must wait, or empty when it may be tried now. */
    public Optional<Duration> signInWait(String typedEmail, String clientAddress) {
        Optional<Duration> account = failedSignInsPerAccount.waitFor(accountKey(typedEmail));
        Optional<Duration> address = failedSignInsPerAddress.waitFor(clientAddress);
        return account.isPresent() && address.isPresent()
                ? Optional.of(account.get().compareTo(address.get()) >= 0 ? account.get() : address.get())
                : account.or(() -> address);
    }

    public void signInFailed(String typedEmail, String clientAddress) {
        failedSignInsPerAccount.record(accountKey(typedEmail));
        failedSignInsPerAddress.record(clientAddress);
    }

    public void signInSucceeded(String typedEmail) {
        failedSignInsPerAccount.forget(accountKey(typedEmail));
    }

    public Optional<Duration> registrationWait(String clientAddress) {
        return registrationsPerAddress.waitFor(clientAddress);
    }

    public void registered(String clientAddress) {
        registrationsPerAddress.record(clientAddress);
    }

    public Optional<Duration> tokenRequestWait(String clientId) {
        return failedTokenRequestsPerClient.waitFor(clientId);
    }

    public void tokenRequestFailed(String clientId) {
        failedTokenRequestsPerClient.record(clientId);
    }

    private static String accountKey(String typedEmail) {
        return typedEmail == null ? "" : EmailAddress.normalise(typedEmail);
    }
}
