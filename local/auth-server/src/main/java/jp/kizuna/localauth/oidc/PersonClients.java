package jp.kizuna.localauth.oidc;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jp.kizuna.localauth.LocalAuthProperties;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

/**
 * The clients people sign in through, both with the authorization-code flow and PKCE (S256; the issuer
 * supports no other method) and refresh tokens that rotate at every use:
 * <ul>
 *   <li>{@code kizuna-web}, the web portal: a confidential client, since its backend-for-frontend keeps
 *       the tokens on the server ({@code <stack secret>-web});</li>
 *   <li>{@code kizuna-mobile}, mobile apps: a public client (RFC 8252), redirected to a loopback address
 *       (any port) or the app's private-use scheme.</li>
 * </ul>
 * Both are first-party clients of the city: no consent page.
 */
final class PersonClients {

    static final String WEB = "kizuna-web";
    static final String MOBILE = "kizuna-mobile";

    private PersonClients() {
    }

    static String webSecret(LocalAuthProperties properties) {
        return properties.clientSecret() + "-web";
    }

    static List<RegisteredClient> registrations(LocalAuthProperties properties) {
        Duration accessTokens = properties.people().accessTokenTimeToLive();
        RegisteredClient.Builder web = person(WEB, "Kizuna 地域づくりポータル (web)")
                .clientSecret("{noop}" + webSecret(properties))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .tokenSettings(tokens(accessTokens, properties.web().refreshTokenTimeToLive()));
        properties.web().redirectUris().forEach(web::redirectUri);
        properties.web().postLogoutRedirectUris().forEach(web::postLogoutRedirectUri);

        RegisteredClient.Builder mobile = person(MOBILE, "Kizuna アプリ (mobile)")
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .tokenSettings(tokens(accessTokens, properties.mobile().refreshTokenTimeToLive()));
        properties.mobile().redirectUris().forEach(mobile::redirectUri);
        properties.mobile().postLogoutRedirectUris().forEach(mobile::postLogoutRedirectUri);
        return List.of(web.build(), mobile.build());
    }

    private static RegisteredClient.Builder person(String clientId, String name) {
        return RegisteredClient.withId(UUID.nameUUIDFromBytes(clientId.getBytes()).toString())
                .clientId(clientId)
                .clientName(name)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .scope(OidcScopes.EMAIL)
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build());
    }

    private static TokenSettings tokens(Duration accessTokens, Duration refreshTokens) {
        return TokenSettings.builder()
                .accessTokenTimeToLive(accessTokens)
                .authorizationCodeTimeToLive(Duration.ofMinutes(2))
                .refreshTokenTimeToLive(refreshTokens)
                .reuseRefreshTokens(false)
                .build();
    }
}
