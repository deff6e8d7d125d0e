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
 */
@ConfigurationProperties("kizuna.web")
public record WebProperties(
        @DefaultValue("http://localhost:8080") URI apiUrl,
        @DefaultValue("http://localhost:9000") URI issuerUri,
        @DefaultValue("10s") Duration apiTimeout,
        @DefaultValue("") String accountUrl) {

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
