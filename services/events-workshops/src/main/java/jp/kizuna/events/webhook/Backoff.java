package jp.kizuna.events.webhook;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * When a failed delivery is tried again: the first retry after {@code first}, each further one after
 * twice the previous wait, never more than {@code max}; each wait is drawn between half and all of
 * that ("equal jitter"), so endpoints that failed together do not all get their retries at once.
 */
record Backoff(Duration first, Duration max, DoubleSupplier random) {

    /** The wait after the given number of failed attempts (1 = the first attempt failed). */
    Duration after(int failedAttempts) {
        long firstMillis = first.toMillis();
        int doublings = Math.min(Math.max(failedAttempts - 1, 0), 40);
        double nominal = Math.min((double) max.toMillis(), firstMillis * Math.pow(2, doublings));
        double drawn = nominal / 2 + random.getAsDouble() * nominal / 2;
        return Duration.ofMillis(Math.max(1, Math.round(drawn)));
    }
}
