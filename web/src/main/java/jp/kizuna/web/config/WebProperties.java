package jp.kizuna.web.config;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code kizuna.web.*}.
 *
 * @param apiUrl      the public API the pages read and write through (the gateway)
 * @param issuerUri   the OpenID Connect issuer people sign in at (its origin may receive the sign-out form)
 * @param apiTimeout  how long a page waits for one API call
 * @param accountUrl  where a person manages their account (password, signing out everywhere); the local
 *                    issuer's account page by default
 * @param publicCacheTtl how long an answer to a public read that is the same for everyone (the front page's
 *                    regional management organizations) is reused for visitors who are not signed in; {@code 0s}
 *                    reads it every time
 * @param concurrentApiReads how many API reads all pages together make at once on threads of their own; a page
 *                    that finds none free makes its reads one after another on its own thread
 */
@ConfigurationProperties("kizuna.web")
public record WebProperties(
        @DefaultValue("http://localhost:8080") URI apiUrl,
        @DefaultValue("http://localhost:9000") URI issuerUri,
        @DefaultValue("10s") Duration apiTimeout,
        @DefaultValue("") String accountUrl,
        @DefaultValue("30s") Duration publicCacheTtl,
        @DefaultValue("64") int concurrentApiReads) {

    /**
     * The account page: configured, or the issuer's {@code <issuer>/account} (the local issuer's page;
     * Keycloak's is at {@code <realm issuer>/account} too).
     */
    public String accountPage() {
        return accountUrl.isBlank() ? issuerUri.toString().replaceAll("/+$", "") + "/account" : accountUrl;
    }

    /** scheme://host[:port] of the issuer, for the Content-Security-Policy. */
    public String issuerOrigin() {
        return issuerUri.getScheme() + "://" + issuerUri.getAuthority();
    }
}
