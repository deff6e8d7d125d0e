package jp.kizuna.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class ShortLivedAnswersTest {

    private static final String REGIONAL = "/api/registry/organizations?kind=REGIONAL_MANAGEMENT_ORGANIZATION&status=ACTIVE&size=50";
    private static final CallHeaders.Captured VISITOR_JA = new CallHeaders.Captured(null, "ja", "203.0.113.7", "req-1");
    private static final CallHeaders.Captured VISITOR_EN = new CallHeaders.Captured(null, "en", "203.0.113.8", "req-2");
    private static final CallHeaders.Captured HANAKO_JA = new CallHeaders.Captured("token-of-hanako", "ja", "203.0.113.9", "req-3");

    private final MovingClock clock = new MovingClock();
    private final ShortLivedAnswers answers = new ShortLivedAnswers(Duration.ofSeconds(30), 4, clock);
    private final AtomicInteger reads = new AtomicInteger();

    @Test
    void answersAVisitorWhoIsNotSignedInWithWhatTheApiAnsweredAFewSecondsAgo() {
        assertThat(read(REGIONAL, VISITOR_JA)).isEqualTo("answer 1");
        clock.advance(Duration.ofSeconds(29));

        assertThat(read(REGIONAL, new CallHeaders.Captured(null, "ja", "198.51.100.1", "req-9"))).isEqualTo("answer 1");
        assertThat(reads).hasValue(1);
    }

    @Test
    void asksTheApiAgainOnceTheAnswerIsAsOldAsItsLifetime() {
        read(REGIONAL, VISITOR_JA);
        clock.advance(Duration.ofSeconds(30));

        assertThat(read(REGIONAL, VISITOR_JA)).isEqualTo("answer 2");
    }

    @Test
    void keepsAnAnswerPerLanguage() {
        assertThat(read(REGIONAL, VISITOR_JA)).isEqualTo("answer 1");
        assertThat(read(REGIONAL, VISITOR_EN)).isEqualTo("answer 2");
        assertThat(read(REGIONAL, VISITOR_EN)).isEqualTo("answer 2");
        assertThat(read(REGIONAL, VISITOR_JA)).isEqualTo("answer 1");
    }

    @Test
    void neverAnswersASignedInPersonFromWhatItKeptNorKeepsWhatTheyRead() {
        read(REGIONAL, VISITOR_JA);

        assertThat(read(REGIONAL, HANAKO_JA)).isEqualTo("answer 2");
        assertThat(read(REGIONAL, HANAKO_JA)).isEqualTo("answer 3");
        assertThat(read(REGIONAL, VISITOR_JA)).as("the person's answers did not replace the public one").isEqualTo("answer 1");
        clock.advance(Duration.ofMinutes(1));
        read(REGIONAL, HANAKO_JA);
        assertThat(read(REGIONAL, VISITOR_JA)).as("nor were they kept when nothing was").isEqualTo("answer 5");
    }

    @Test
    void keepsNoFailedRead() {
        assertThatThrownBy(() -> answers.get(REGIONAL, String.class, VISITOR_JA, () -> {
            throw new ApiUnavailableException("the API did not answer", null);
        })).isInstanceOf(ApiUnavailableException.class);

        assertThat(read(REGIONAL, VISITOR_JA)).isEqualTo("answer 1");
    }

    @Test
    void keepsNoMoreAnswersThanItsCapacityAndMakesRoomFromThoseRunOut() {
        for (int i = 0; i < 4; i++) {
            read("/api/a" + i, VISITOR_JA);
        }
        read("/api/a4", VISITOR_JA);
        assertThat(read("/api/a4", VISITOR_JA)).as("no room while the four are fresh").isEqualTo("answer 6");
        assertThat(read("/api/a0", VISITOR_JA)).isEqualTo("answer 1");

        clock.advance(Duration.ofSeconds(30));
        read("/api/a4", VISITOR_JA);
        assertThat(read("/api/a4", VISITOR_JA)).as("kept once the old ones ran out").isEqualTo("answer 7");
    }

    @Test
    void aLifetimeOfZeroKeepsNothing() {
        ShortLivedAnswers none = new ShortLivedAnswers(Duration.ZERO, 4, clock);

        none.get(REGIONAL, String.class, VISITOR_JA, () -> "answer " + reads.incrementAndGet());
        none.get(REGIONAL, String.class, VISITOR_JA, () -> "answer " + reads.incrementAndGet());

        assertThat(reads).hasValue(2);
    }

    private String read(String address, CallHeaders.Captured headers) {
        return answers.get(address, String.class, headers, () -> "answer " + reads.incrementAndGet());
    }

    private static final class MovingClock extends Clock {

        private Instant now = Instant.parse("2024-06-10T00:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
