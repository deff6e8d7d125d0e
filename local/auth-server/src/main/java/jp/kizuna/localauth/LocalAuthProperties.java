package jp.kizuna.localauth;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code kizuna.local-auth.*}.
 *
 * @param clientSecret        the stack's secret; machine client {@code kizuna-<role>} authenticates with
 *                            {@code <secret>-<role>}, the web portal with {@code <secret>-web}. The launcher
 *                            generates one per data directory, so no secret is ever written in a file of
 *                            the repository
 * @param audience            the {@code aud} claim the services require
 * @param defaultOrganization the organization a machine org-admin or partner token is bound to when the
 *                            request names none
 * @param tokenTimeToLive     how long a machine client's access token is valid
 * @param signingKey          the issuer's RSA signing key (PKCS#8 PEM text or a location such as
 *                            {@code file:.kizuna/secrets/issuer-signing.key}); empty = a new key at every
 *                            start (tests), so tokens of an earlier run stop working
 * @param publicApiUrl        the public API (the gateway), to check that an officer's organization is in
 *                            the register
 */
@Validated
@ConfigurationProperties("kizuna.local-auth")
public record LocalAuthProperties(
        @NotBlank String clientSecret,
        @DefaultValue("kizuna-api") String audience,
        @DefaultValue("local-demo-organization") String defaultOrganization,
        @DefaultValue("60m") Duration tokenTimeToLive,
        @DefaultValue("") String signingKey,
        @DefaultValue("http://localhost:8080") URI publicApiUrl,
        @Valid @DefaultValue People people,
        @Valid @DefaultValue WebClient web,
        @Valid @DefaultValue MobileClient mobile,
        @Valid @DefaultValue Throttle throttle,
        @DefaultValue Seed seed) {

    /**
     * Tokens issued to people (authorization-code flow).
     *
     * @param accessTokenTimeToLive short, since a disabled account or "sign out everywhere" ends only the
     *                              refresh tokens at once; access tokens run out by themselves
     */
    public record People(@DefaultValue("10m") Duration accessTokenTimeToLive) {
    }

    /**
     * The web portal ({@code kizuna-web}): a confidential client (the backend-for-frontend keeps its
     * tokens server-side), authorization code with PKCE, refresh tokens with rotation.
     */
    public record WebClient(
            @NotEmpty @DefaultValue("http://localhost:8080/login/oauth2/code/kizuna") List<String> redirectUris,
            @NotEmpty @DefaultValue("http://localhost:8080/") List<String> postLogoutRedirectUris,
            @DefaultValue("12h") Duration refreshTokenTimeToLive) {
    }

    /**
     * Mobile apps ({@code kizuna-mobile}): a public client (RFC 8252: no secret, PKCE with S256, loopback
     * and private-use-scheme redirects), refresh tokens with rotation and reuse detection.
     */
    public record MobileClient(
            @NotEmpty @DefaultValue({"http://127.0.0.1/callback", "jp.kizuna.app:/oauth2redirect"}) List<String> redirectUris,
            @NotEmpty @DefaultValue("jp.kizuna.app:/signed-out") List<String> postLogoutRedirectUris,
            @DefaultValue("30d") Duration refreshTokenTimeToLive) {
    }

    /**
     * Abuse limits, counted in this process's memory (the local issuer runs as one process).
     *
     * @param window                   the window failures are counted in
     * @param failedSignInsPerAccount  failures per submitted e-mail address after which further tries are
     *                                 refused until the window has passed (known and unknown addresses alike)
     * @param failedSignInsPerAddress  failures per client address, whatever e-mail they tried
     * @param failedTokenRequestsPerClient failed client authentications at the token endpoint per client id
     * @param registrationsPerAddress  resident registrations per client address and registration window
     */
    public record Throttle(
            @DefaultValue("1m") Duration window,
            @Positive @DefaultValue("9") int failedSignInsPerAccount,
            @Positive @DefaultValue("30") int failedSignInsPerAddress,
            @Positive @DefaultValue("10") int failedTokenRequestsPerClient,
            @DefaultValue("1h") Duration registrationWindow,
            @Positive @DefaultValue("5") int registrationsPerAddress) {
    }

    /** @param enabled whether the demo people are created at start (the local stack only; never the chart) */
    public record Seed(@DefaultValue("true") boolean enabled) {
    }
}
