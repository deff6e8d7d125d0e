package jp.kizuna.gateway.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

import reactor.core.publisher.Mono;

/** Counters in this gateway's memory, forgotten when their window has passed. */
public class InMemoryRateLimitStore implements RateLimitStore {

    private record Counter(AtomicLong count, Instant expiresAt) {
    }

    private final ConcurrentMap<String, Counter> counters = new ConcurrentHashMap<>();
    private final Clock clock;

    public InMemoryRateLimitStore(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Mono<Long> increment(String key, Duration window) {
        Instant now = clock.instant();
        if (counters.size() > 10_000) {
            counters.values().removeIf(counter -> counter.expiresAt().isBefore(now));
        }
        Counter counter = counters.compute(key, (k, existing) -> existing == null || existing.expiresAt().isBefore(now)
                ? new Counter(new AtomicLong(), now.plus(window)) : existing);
        return Mono.just(counter.count().incrementAndGet());
    }
}
