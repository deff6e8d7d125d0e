package jp.kizuna.localauth.signin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts attempts per key (an e-mail address, a client address, a client id) in a sliding window, in this
 * process's memory. Keys are forgotten once their window is over; at most {@value #MAX_KEYS} keys are kept,
 * so that a flood of made-up keys cannot exhaust the memory (the oldest are dropped first).
 */
final class AttemptCounter {

    static final int MAX_KEYS = 100_000;

    private final Duration window;
    private final int limit;
    private final Clock clock;
    private final Map<String, Deque<Instant>> attempts = new ConcurrentHashMap<>();

    AttemptCounter(Duration window, int limit, Clock clock) {
        this.window = window;
        this.limit = limit;
        this.clock = clock;
    }

    /** How long the key must wait before its next attempt, or empty when it may try now. */
    Optional<Duration> waitFor(String key) {
        Deque<Instant> recent = attempts.get(key);
        if (recent == null) {
            return Optional.empty();
        }
        synchronized (recent) {
            Instant now = clock.instant();
            forgetOld(recent, now);
            if (recent.size() < limit) {
                return Optional.empty();
            }
            Duration wait = Duration.between(now, recent.peekFirst().plus(window));
            return Optional.of(wait.isNegative() || wait.isZero() ? Duration.ofSeconds(1) : wait);
        }
    }

    void record(String key) {
        if (attempts.size() >= MAX_KEYS) {
            purge();
        }
        Deque<Instant> recent = attempts.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (recent) {
            Instant now = clock.instant();
            forgetOld(recent, now);
            recent.addLast(now);
            while (recent.size() > limit) {
                recent.removeFirst();
            }
        }
    }

    void forget(String key) {
        attempts.remove(key);
    }

    private void forgetOld(Deque<Instant> recent, Instant now) {
        Instant start = now.minus(window);
        while (!recent.isEmpty() && !recent.peekFirst().isAfter(start)) {
            recent.removeFirst();
        }
    }

    /** Drops keys whose window is over and, if still too many, every key (a flood is under way). */
    private void purge() {
        Instant now = clock.instant();
        attempts.entrySet().removeIf(entry -> {
            synchronized (entry.getValue()) {
                forgetOld(entry.getValue(), now);
                return entry.getValue().isEmpty();
            }
        });
        if (attempts.size() >= MAX_KEYS) {
            attempts.clear();
        }
    }
}
