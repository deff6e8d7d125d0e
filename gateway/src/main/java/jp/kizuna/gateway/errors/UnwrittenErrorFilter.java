package jp.kizuna.gateway.errors;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * An answer that leaves the gateway's filters and handlers with an error status but nothing written
 * (Spring's CORS check does that: it can only set 403) is written here as a problem document: the
 * one its author left in the exchange ({@link #PROBLEM_ATTRIBUTE}), or one made from the status.
 */
public class UnwrittenErrorFilter implements WebFilter, Ordered {

    /** Where a component that can only set a status leaves the problem that explains it. */
    public static final String PROBLEM_ATTRIBUTE = UnwrittenErrorFilter.class.getName() + ".problem";

    private final JsonMapper json;

    public UnwrittenErrorFilter(JsonMapper json) {
        this.json = json;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 2;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return chain.filter(exchange).then(Mono.defer(() -> {
            ServerHttpResponse response = exchange.getResponse();
            HttpStatusCode status = response.getStatusCode();
            if (response.isCommitted() || status == null || !status.isError()) {
                return Mono.empty();
            }
            ProblemDetail problem = exchange.getAttribute(PROBLEM_ATTRIBUTE);
            return ProblemResponses.write(exchange, problem != null ? problem : ProblemResponses.problem(status,
                    ProblemResponses.typeFor(status), null, "The gateway refused this request."), json);
        }));
    }
}
