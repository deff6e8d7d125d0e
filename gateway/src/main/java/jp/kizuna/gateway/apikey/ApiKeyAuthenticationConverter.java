package jp.kizuna.gateway.apikey;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Reads {@code Authorization: ApiKey <key>}; any other request is left to the bearer-token check. */
public class ApiKeyAuthenticationConverter implements ServerAuthenticationConverter {

    public static final String SCHEME = "ApiKey";

    /** Whether an Authorization header value uses the {@code ApiKey} scheme (in any case). */
    public static boolean isApiKey(String authorization) {
        return authorization != null && authorization.regionMatches(true, 0, SCHEME + " ", 0, SCHEME.length() + 1);
    }

    @Override
    public Mono<Authentication> convert(ServerWebExchange exchange) {
        String header = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        if (!isApiKey(header)) {
            return Mono.empty();
        }
        return Mono.just(ApiKeyAuthentication.presented(header.substring(SCHEME.length() + 1).strip()));
    }
}
