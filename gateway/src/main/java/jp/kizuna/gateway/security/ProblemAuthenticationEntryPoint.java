package jp.kizuna.gateway.security;

import jp.kizuna.gateway.apikey.ApiKeyAuthenticationConverter;
import jp.kizuna.gateway.apikey.ApiKeysUnavailableException;
import jp.kizuna.gateway.errors.ProblemResponses;
import jp.kizuna.platform.contracts.ProblemTypes;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * A rejected token or API key is answered as the services answer it: 401, problem+json,
 * WWW-Authenticate. While the gateway is still loading the API keys, a key call gets 503 with
 * Retry-After instead, since the key may well be valid.
 */
@Component
class ProblemAuthenticationEntryPoint implements ServerAuthenticationEntryPoint {

    private final JsonMapper json;

    ProblemAuthenticationEntryPoint(JsonMapper json) {
        this.json = json;
    }

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException failure) {
        var headers = exchange.getResponse().getHeaders();
        if (failure instanceof ApiKeysUnavailableException) {
            headers.set(HttpHeaders.RETRY_AFTER, "5");
            return ProblemResponses.write(exchange, ProblemResponses.problem(HttpStatus.SERVICE_UNAVAILABLE,
                    ProblemTypes.SERVICE_UNAVAILABLE, "Service Unavailable", failure.getMessage() + " Retry shortly."),
                    json);
        }
        boolean apiKey = ApiKeyAuthenticationConverter.isApiKey(
                exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION));
        headers.set(HttpHeaders.WWW_AUTHENTICATE, apiKey ? ApiKeyAuthenticationConverter.SCHEME : "Bearer error=\"invalid_token\"");
        return ProblemResponses.write(exchange, ProblemResponses.problem(HttpStatus.UNAUTHORIZED,
                ProblemTypes.UNAUTHORIZED, "Unauthorized", apiKey
                        ? "The API key was refused (" + failure.getMessage() + "). Ask the city for a new key and send it "
                                + "as 'Authorization: ApiKey <key>'."
                        : "The bearer token was refused (" + failure.getMessage() + "). Get a new token from the city's "
                                + "sign-in and send it as 'Authorization: Bearer <token>'."), json);
    }
}
