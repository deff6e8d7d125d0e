package jp.kizuna.web.api;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Puts the signed-in person's access token on an API call, refreshing it first when it has run out; an
 * anonymous visitor's calls go without one. The tokens stay in the person's session on this server; the
 * browser never sees them.
 */
@Component
class PersonTokens implements ClientHttpRequestInterceptor {

    private final OAuth2AuthorizedClientManager clients;

    PersonTokens(OAuth2AuthorizedClientManager clients) {
        this.clients = clients;
    }

    @Override
    public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
            throws IOException {
        Authentication person = SecurityContextHolder.getContext().getAuthentication();
        if (person instanceof OAuth2AuthenticationToken signedIn
                && RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes page) {
            HttpServletRequest servletRequest = page.getRequest();
            HttpServletResponse servletResponse = page.getResponse();
            OAuth2AuthorizedClient client;
            try {
                client = clients.authorize(OAuth2AuthorizeRequest
                        .withClientRegistrationId(signedIn.getAuthorizedClientRegistrationId())
                        .principal(signedIn)
                        .attribute(HttpServletRequest.class.getName(), servletRequest)
                        .attribute(HttpServletResponse.class.getName(), servletResponse)
                        .build());
            } catch (OAuth2AuthorizationException refreshRefused) {
                throw new SignInExpiredException();
            }
            if (client == null) {
                throw new SignInExpiredException();
            }
            request.getHeaders().setBearerAuth(client.getAccessToken().getTokenValue());
        }
        return execution.execute(request, body);
    }
}
