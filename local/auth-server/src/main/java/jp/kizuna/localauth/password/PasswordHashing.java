package jp.kizuna.localauth.password;

import java.util.Map;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * People's passwords are stored as Argon2id hashes with OWASP's minimum parameters (19 MiB of memory, 2
 * iterations, 1 lane, a 16-byte random salt), each prefixed with its scheme ({@code {argon2id}…}) so that
 * stronger parameters can come later and old hashes are upgraded at the next sign-in. Argon2 is memory-hard:
 * a leaked hash is expensive to guess even on graphics cards.
 * <p>
 * Deliberately not a {@link PasswordEncoder} bean: the authorization server checks client secrets with its
 * own encoder, and a person's password must never be checked by a scheme other than these.
 */
@Component
public class PasswordHashing {

    static final String SCHEME = "argon2id";

    private final PasswordEncoder encoder = new DelegatingPasswordEncoder(SCHEME, Map.of(
            SCHEME, new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2),
            "bcrypt", new BCryptPasswordEncoder(12)));

    /** The stored form of a password (already normalised, {@link PasswordPolicy#normalise}). */
    public String hash(String normalisedPassword) {
        return encoder.encode(normalisedPassword);
    }

    public boolean matches(String normalisedPassword, String storedHash) {
        return encoder.matches(normalisedPassword, storedHash);
    }

    /** Whether a stored hash uses older parameters and should be rehashed at the next sign-in. */
    public boolean isOutdated(String storedHash) {
        return encoder.upgradeEncoding(storedHash);
    }
}
