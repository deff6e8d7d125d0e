package jp.kizuna.localauth.oidc;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.authorization.oidc.authentication.OidcLogoutAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.oidc.web.authentication.OidcLogoutAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.CompositeLogoutHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;

/**
 * RP-initiated logout ({@code /connect/logout} with the ID token as hint): ends the person's sign-in session
 * at the issuer and revokes what the client that asked holds for them (its refresh tokens), then returns to
 * the client's registered post-logout address. Other apps of the person stay signed in; "sign out
 * everywhere" on the account page ends those too.
 */
final class ClientSignOut {

    private static final Logger log = LoggerFactory.getLogger(ClientSignOut.class);

    private ClientSignOut() {
    }

    static AuthenticationSuccessHandler handler(MongoAuthorizationService authorizations) {
        LogoutHandler revokeClient = (HttpServletRequest request, HttpServletResponse response, Authentication authentication) -> {
            if (authentication instanceof OidcLogoutAuthenticationToken logout && logout.getIdToken() != null
                    && logout.getClientId() != null) {
                int revoked = authorizations.removeAllOf(logout.getIdToken().getSubject(), logout.getClientId());
                log.debug("signed out of {}: {} authorizations revoked", logout.getClientId(), revoked);
            }
        };
        OidcLogoutAuthenticationSuccessHandler handler = new OidcLogoutAuthenticationSuccessHandler();
        handler.setLogoutHandler(new CompositeLogoutHandler(revokeClient, new SecurityContextLogoutHandler()));
        return handler;
    }
}
