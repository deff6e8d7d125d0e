package jp.kizuna.localauth.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class AttemptCounterTest {

    static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-12-01T09:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final MovableClock clock = new MovableClock();
    final AttemptCounter counter = new AttemptCounter(Duration.ofMinutes(1), 3, clock);

    @Test
    void aKeyMayTryUntilItReachesTheLimitWithinTheWindow() {
        counter.record("a");
        counter.record("a");
        assertThat(counter.waitFor("a")).isEmpty();

        counter.record("a");

        assertThat(counter.waitFor("a")).hasValue(Duration.ofMinutes(1));
        assertThat(counter.waitFor("b")).isEmpty();
    }

    @Test
    void theWaitEndsWhenTheOldestAttemptLeavesTheWindow() {
        counter.record("a");
        clock.now = clock.now.plusSeconds(20);
        counter.record("a");
        counter.record("a");

        clock.now = clock.now.plusSeconds(30);
        assertThat(counter.waitFor("a")).hasValue(Duration.ofSeconds(10));

        clock.now = clock.now.plusSeconds(10);
        assertThat(counter.waitFor("a")).isEmpty();
    }

    @Test
    void forgettingAKeyClearsItsCount() {
        counter.record("a");
        counter.record("a");
        counter.record("a");

        counter.forget("a");

        assertThat(counter.waitFor("a")).isEmpty();
    }

    @Test
    void aFloodOfMadeUpKeysDoesNotGrowWithoutBound() {
        for (int key = 0; key < AttemptCounter.MAX_KEYS + 10; key++) {
            counter.record("key-" + key);
        }
        clock.now = clock.now.plusSeconds(61);
        counter.record("one-more");

        assertThat(counter.waitFor("key-1")).isEmpty();
    }
}
