package jp.kizuna.gateway.security;

import java.net.URI;

import jp.kizuna.gateway.apikey.ApiKeyAuthenticationConverter;
import jp.kizuna.gateway.apikey.ApiKeysUnavailableException;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
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
        var response = exchange.getResponse();
        ProblemDetail problem;
        if (failure instanceof ApiKeysUnavailableException) {
            problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, failure.getMessage() + " Retry shortly.");
            problem.setType(URI.create("urn:kizuna:problem:service-unavailable"));
            problem.setTitle("Service Unavailable");
            response.setStatusCode(HttpStatus.SERVICE_UNAVAILABLE);
            response.getHeaders().set(HttpHeaders.RETRY_AFTER, "5");
        } else {
            boolean apiKey = isApiKeyCall(exchange);
            problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, apiKey
                    ? "The API key was refused (" + failure.getMessage() + "). Ask the city for a new key and send it "
                            + "as 'Authorization: ApiKey <key>'."
                    : "The bearer token was refused (" + failure.getMessage() + "). Get a new token from the city's "
                            + "sign-in and send it as 'Authorization: Bearer <token>'.");
            problem.setType(URI.create("urn:kizuna:problem:unauthorized"));
            problem.setTitle("Unauthorized");
            response.setStatusCode(HttpStatus.UNAUTHORIZED);
            response.getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, apiKey ? ApiKeyAuthenticationConverter.SCHEME
                    : "Bearer error=\"invalid_token\"");
        }
        problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        DataBuffer body = response.bufferFactory().wrap(json.writeValueAsBytes(problem));
        return response.writeWith(Mono.just(body));
    }

    private static boolean isApiKeyCall(ServerWebExchange exchange) {
        String header = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        return header != null && header.regionMatches(true, 0, ApiKeyAuthenticationConverter.SCHEME + " ", 0,
                ApiKeyAuthenticationConverter.SCHEME.length() + 1);
    }
}
