package jp.kizuna.gateway.ratelimit;

import java.time.Duration;

import reactor.core.publisher.Mono;

/**
 * Where the gateway counts calls per caller and window. The default keeps counts in the gateway's
 * memory (each replica counts for itself); a store shared by the replicas implements the same
 * contract. A store that fails or is slow never blocks traffic: the limiter falls back to counting
 * in memory (see {@link RateLimitFilter}).
 */
public interface RateLimitStore {

    /**
     * Adds one call to the counter named {@code key}, which lives for {@code window}.
     *
     * @return the count including this call
     */
    Mono<Long> increment(String key, Duration window);
}
