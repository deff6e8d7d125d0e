package jp.kizuna.gateway.tracing;

import jp.kizuna.platform.contracts.TraceContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Gives every call a trace context and request id before anything else runs (so a refused token or a
 * rate-limited call has them too), forwards both to the service, returns the request id to the
 * client once (also where the service echoes it), and writes one access-log line per call with both
 * ids, so a call can be followed from the gateway's log into the service's (which logs the same ids,
 * see the platform's {@code RequestCorrelationFilter}).
 */
public class RequestCorrelationFilter implements WebFilter, Ordered {

    private static final Logger access = LoggerFactory.getLogger("kizuna.access");

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        var headers = exchange.getRequest().getHeaders();
        TraceContext trace = TraceContext.continueOrStart(headers.getFirst(TraceContext.TRACEPARENT),
                headers.getFirst(TraceContext.REQUEST_ID));
        ServerWebExchange traced = exchange.mutate().request(request -> request.headers(h -> {
            h.set(TraceContext.TRACEPARENT, trace.traceparent());
            h.set(TraceContext.REQUEST_ID, trace.requestId());
        })).build();
        // set (not added) as the answer is committed: a service that echoes the id, whose headers the
        // routing filter adds to the answer's, must not make it appear twice
        traced.getResponse().beforeCommit(() -> {
            traced.getResponse().getHeaders().set(TraceContext.REQUEST_ID, trace.requestId());
            return Mono.empty();
        });
        long started = System.nanoTime();
        return chain.filter(traced).doFinally(signal -> {
            // probes and scrapes of the management port would drown the calls that matter
            if (access.isInfoEnabled() && !exchange.getRequest().getPath().value().startsWith("/actuator")) {
                var status = traced.getResponse().getStatusCode();
                access.info("{} {} -> {} in {} ms traceId={} requestId={}", exchange.getRequest().getMethod(),
                        exchange.getRequest().getPath().value(), status == null ? "-" : status.value(),
                        (System.nanoTime() - started) / 1_000_000, trace.traceId(), trace.requestId());
            }
        });
    }
}
