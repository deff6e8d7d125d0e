package jp.kizuna.web.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The answers of public, non-personal reads, kept for a short while: one per address, language and type, at most
 * {@code capacity} of them, each for {@code lifetime} (none at all when it is zero). Only a read made without a
 * person's token is served from here or kept here: what a signed-in person reads with their token may be theirs
 * alone, so it always goes to the API and is never kept. A failed read is not kept either; the next one asks
 * again. Two pages that miss at the same moment both read: at most a handful of extra reads per lifetime, and no
 * page ever waits for another page's read.
 */
final class ShortLivedAnswers {

    private record Key(String address, String language, java.lang.reflect.Type type) {
    }

    private record Kept(Object answer, Instant until) {
    }

    private final Map<Key, Kept> kept = new ConcurrentHashMap<>();
    private final Duration lifetime;
    private final int capacity;
    private final Clock clock;

    ShortLivedAnswers(Duration lifetime, int capacity, Clock clock) {
        if (lifetime.isNegative() || capacity < 1) {
            throw new IllegalArgumentException("a lifetime of zero or more and a capacity of one or more, not "
                    + lifetime + " and " + capacity);
        }
        this.lifetime = lifetime;
        this.capacity = capacity;
        this.clock = clock;
    }

    /** The kept answer to this read, or the API's answer (kept when the read is not personal). */
    <T> T get(String address, Class<T> type, CallHeaders.Captured headers, Supplier<T> read) {
        return get(address, (java.lang.reflect.Type) type, headers, read);
    }

    /** As above, for a generic type ({@code Page<Event>}): what is kept under a type was read as that type. */
    @SuppressWarnings("unchecked")
    <T> T get(String address, java.lang.reflect.Type type, CallHeaders.Captured headers, Supplier<T> read) {
        if (lifetime.isZero() || headers.personal()) {
            return read.get();
        }
        Key key = new Key(address, headers.language(), type);
        Instant now = clock.instant();
        Kept found = kept.get(key);
        if (found != null && now.isBefore(found.until())) {
            return (T) found.answer();
        }
        T answer = read.get();
        if (answer != null) {
            keep(key, new Kept(answer, now.plus(lifetime)), now);
        }
        return answer;
    }

    private void keep(Key key, Kept answer, Instant now) {
        if (kept.size() >= capacity && !kept.containsKey(key)) {
            kept.values().removeIf(old -> !now.isBefore(old.until()));
            if (kept.size() >= capacity) {
                return;
            }
        }
        kept.put(key, answer);
    }
}
