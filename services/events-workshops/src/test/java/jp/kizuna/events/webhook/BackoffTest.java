package jp.kizuna.events.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class BackoffTest {

    private static final Duration FIRST = Duration.ofSeconds(5);
    private static final Duration MAX = Duration.ofHours(4);

    @Test
    void eachRetryWaitsTwiceAsLongAsThePreviousAtTheTopOfTheJitter() {
        Backoff top = new Backoff(FIRST, MAX, () -> 1.0);

        assertThat(top.after(1)).isEqualTo(Duration.ofSeconds(5));
        assertThat(top.after(2)).isEqualTo(Duration.ofSeconds(10));
        assertThat(top.after(3)).isEqualTo(Duration.ofSeconds(20));
        assertThat(top.after(8)).isEqualTo(Duration.ofSeconds(640));
    }

    @Test
    void theJitterDrawsBetweenHalfAndAllOfTheNominalWait() {
        assertThat(new Backoff(FIRST, MAX, () -> 0.0).after(3)).isEqualTo(Duration.ofSeconds(10));
        assertThat(new Backoff(FIRST, MAX, () -> 0.5).after(3)).isEqualTo(Duration.ofSeconds(15));
    }

    @Test
    void noWaitIsLongerThanTheMaximumHoweverManyAttemptsFailed() {
        Backoff top = new Backoff(FIRST, MAX, () -> 1.0);

        assertThat(top.after(13)).isEqualTo(MAX);
        assertThat(top.after(1_000)).isEqualTo(MAX);
    }

    @Test
    void aDayOfRetriesIsFewerThanThirtyAttempts() {
        Backoff lowest = new Backoff(FIRST, MAX, () -> 0.0);
        Duration waited = Duration.ZERO;
        int attempts = 1;
        while (waited.compareTo(Duration.ofDays(1)) < 0) {
            waited = waited.plus(lowest.after(attempts++));
        }

        assertThat(attempts).isBetween(14, 30);
    }
}
