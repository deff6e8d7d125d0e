package jp.kizuna.gateway.limits;

import java.util.concurrent.atomic.AtomicLong;

import jp.kizuna.gateway.errors.ProblemResponses;
import jp.kizuna.platform.contracts.ProblemTypes;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.SynchronousSink;
import tools.jackson.databind.json.JsonMapper;

/**
 * Holds every request body to {@code kizuna.edge.max-body-size}, before security, routing or any
 * service sees more of it. A body declared larger ({@code Content-Length}) is refused at once; a
 * body without a declared length (chunked) is counted as it arrives, and the buffer that would take
 * it past the limit is never passed on: the client gets the same 413 problem+json. (Spring Cloud
 * Gateway's own RequestSize filter answered with an empty body and only looked at the declared
 * length, which `make drill` caught.)
 *
 * <p>The gateway forwards a body only once it has it whole (the routes' breaker and retry filters keep
 * it for a second attempt, and Reactor Netty's client sends a body of unknown length with the length
 * it counted), so a service receives none of a body over the limit, and the limit also bounds what
 * the gateway holds per call.
 */
public class RequestSizeLimitFilter implements WebFilter, Ordered {

    private final DataSize limit;
    private final JsonMapper json;

    public RequestSizeLimitFilter(DataSize limit, JsonMapper json) {
        this.limit = limit;
        this.json = json;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long declared = exchange.getRequest().getHeaders().getContentLength();
        if (declared > limit.toBytes()) {
            return refuse(exchange, "The body has " + declared + " bytes; the API takes at most " + describedLimit() + ".");
        }
        if (declared >= 0) {
            // the HTTP codec never reads more than a declared length
            return chain.filter(exchange);
        }
        ServerWebExchange counted = exchange.mutate().request(new CountedBody(exchange.getRequest(), limit.toBytes())).build();
        return chain.filter(counted).onErrorResume(BodyTooLargeException.class, tooLarge -> exchange.getResponse().isCommitted()
                ? Mono.error(tooLarge)
                : refuse(exchange, "The body is longer than the API takes: at most " + describedLimit() + "."));
    }

    private Mono<Void> refuse(ServerWebExchange exchange, String detail) {
        return ProblemResponses.write(exchange, ProblemResponses.problem(HttpStatus.CONTENT_TOO_LARGE,
                ProblemTypes.PAYLOAD_TOO_LARGE, "Content Too Large", detail), json);
    }

    private String describedLimit() {
        return limit.toBytes() + " bytes (" + limit.toMegabytes() + " MB)";
    }

    /** The request with a body that fails with {@link BodyTooLargeException} instead of passing the limit. */
    private static final class CountedBody extends ServerHttpRequestDecorator {

        private final long limit;

        CountedBody(ServerHttpRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public Flux<DataBuffer> getBody() {
            return Flux.defer(() -> {
                AtomicLong received = new AtomicLong();
                return super.getBody().handle((DataBuffer buffer, SynchronousSink<DataBuffer> sink) -> {
                    if (received.addAndGet(buffer.readableByteCount()) > limit) {
                        DataBufferUtils.release(buffer);
                        sink.error(new BodyTooLargeException(limit));
                    } else {
                        sink.next(buffer);
                    }
                });
            });
        }
    }
}
