package jp.kizuna.gateway.errors;

import org.springframework.http.HttpStatus;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * What Spring Security's firewall refuses before anything else looks at a request (a path with
 * {@code ..} or an encoded slash, a method such as TRACE, control characters in a header) is a 400
 * problem document saying why, not an empty 400.
 */
class ProblemExchangeRejectedHandler implements ServerExchangeRejectedHandler {

    private final JsonMapper json;

    ProblemExchangeRejectedHandler(JsonMapper json) {
        this.json = json;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, ServerExchangeRejectedException rejected) {
        return ProblemResponses.write(exchange, ProblemResponses.problem(HttpStatus.BAD_REQUEST,
                ProblemResponses.typeFor(HttpStatus.BAD_REQUEST), null, rejected.getMessage()), json);
    }
}
