package jp.kizuna.gateway.ratelimit;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;
import jp.kizuna.gateway.apikey.ApiKeyAuthentication;
import jp.kizuna.gateway.errors.ProblemResponses;
import jp.kizuna.platform.contracts.ProblemTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Limits calls per route and window: a partner by its API key, a signed-in caller by its token's subject,
 * an anonymous one by
 * its client IP (the last X-Forwarded-For entry, set by the ingress). Over the limit the caller gets
 * 429 problem+json with Retry-After (the seconds until the window ends). When the store fails or does
 * not answer within {@code store-timeout}, the call is counted in this gateway's memory instead, so a
 * store outage neither blocks traffic nor lifts the limits (each replica then limits on its own).
 */
public class RateLimitFilter implements GlobalFilter, Ordered {

    private static final Logger log = LoggerFactory.getLogger(RateLimitFilter.class);

    private final RateLimitProperties properties;
    private final RateLimitStore store;
    private final RateLimitStore fallback;
    private final Clock clock;
    private final MeterRegistry meters;
    private final JsonMapper json;

    public RateLimitFilter(RateLimitProperties properties, RateLimitStore store, Clock clock, MeterRegistry meters,
                           JsonMapper json) {
        this.properties = properties;
        this.store = store;
        this.fallback = new InMemoryRateLimitStore(clock);
        this.clock = clock;
        this.meters = meters;
        this.json = json;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        if (!properties.enabled() || route == null) {
            return chain.filter(exchange);
        }
        RateLimitProperties.Limits limits = properties.of(route.getId());
        Duration window = properties.window();
        long windowIndex = clock.millis() / window.toMillis();
        long secondsLeft = Math.max(1, (window.toMillis() - clock.millis() % window.toMillis() + 999) / 1000);
        return ReactiveSecurityContextHolder.getContext()
                .map(SecurityContext::getAuthentication)
                .filter(authentication -> authentication != null && authentication.isAuthenticated())
                .map(authentication -> authentication instanceof ApiKeyAuthentication
                        ? new Caller("key:" + authentication.getName(), limits.perApiKey())
                        : new Caller("user:" + authentication.getName(), limits.perUser()))
                .defaultIfEmpty(new Caller("ip:" + clientIp(exchange), limits.anonymousPerIp()))
                .flatMap(caller -> {
                    String key = route.getId() + ":" + caller.key() + ":" + windowIndex;
                    return count(key, window).flatMap(count -> count <= caller.limit() ? chain.filter(exchange)
                            : tooMany(exchange, caller.limit(), window, secondsLeft));
                });
    }

    private record Caller(String key, long limit) {
    }

    private Mono<Long> count(String key, Duration window) {
        return store.increment(key, window)
                .timeout(properties.storeTimeout())
                .onErrorResume(failure -> {
                    meters.counter("kizuna.ratelimit.store.failures").increment();
                    log.warn("Rate-limit store unavailable ({}); counting in this gateway's memory", failure.toString());
                    return fallback.increment(key, window);
                });
    }

    private Mono<Void> tooMany(ServerWebExchange exchange, long limit, Duration window, long secondsLeft) {
        meters.counter("kizuna.ratelimit.refused").increment();
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(secondsLeft));
        return ProblemResponses.write(exchange, ProblemResponses.problem(HttpStatus.TOO_MANY_REQUESTS,
                ProblemTypes.RATE_LIMITED, "Too Many Requests", "More than " + limit + " calls in "
                        + window.toSeconds() + " s. Retry after " + secondsLeft + " s."), json);
    }

    /**
     * The client's address: the last X-Forwarded-For entry, which the cluster's ingress controller
     * (the only caller the NetworkPolicy lets through) sets; without it, the connection's address.
     */
    private static String clientIp(ServerWebExchange exchange) {
        String forwarded = exchange.getRequest().getHeaders().getFirst("X-Forwarded-For");
        if (forwarded != null && !forwarded.isBlank()) {
            String[] hops = forwarded.split(",");
            return hops[hops.length - 1].strip();
        }
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        return remote == null || remote.getAddress() == null ? "unknown" : remote.getAddress().getHostAddress();
    }
}
