package jp.kizuna.web.api;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.stereotype.Component;

/**
 * The signed-in person's access token for an API call, refreshed first when it has run out; an anonymous
 * visitor has none. The tokens stay in the person's session on this server; the browser never sees them.
 */
@Component
class PersonTokens {

    private final OAuth2AuthorizedClientManager clients;

    PersonTokens(OAuth2AuthorizedClientManager clients) {
        this.clients = clients;
    }

    /**
     * The token of whoever is signed in on this page, or empty for an anonymous visitor.
     *
     * @throws SignInExpiredException when the sign-in can no longer be renewed
     */
    Optional<String> of(Authentication person, HttpServletRequest page, HttpServletResponse response) {
        if (!(person instanceof OAuth2AuthenticationToken signedIn)) {
            return Optional.empty();
        }
        OAuth2AuthorizedClient client;
        try {
            client = clients.authorize(OAuth2AuthorizeRequest
                    .withClientRegistrationId(signedIn.getAuthorizedClientRegistrationId())
                    .principal(signedIn)
                    .attribute(HttpServletRequest.class.getName(), page)
                    .attribute(HttpServletResponse.class.getName(), response)
                    .build());
        } catch (OAuth2AuthorizationException refreshRefused) {
            throw new SignInExpiredException();
        }
        if (client == null) {
            throw new SignInExpiredException();
        }
        return Optional.of(client.getAccessToken().getTokenValue());
    }
}
