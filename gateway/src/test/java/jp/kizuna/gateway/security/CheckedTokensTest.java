package jp.kizuna.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * A token the gateway has checked is taken from memory for the rest of its life (at most five
 * minutes), without a second signature check; a refused token is checked every time; a remembered
 * token past its expiry is refused.
 */
class CheckedTokensTest {

    static final Instant NOW = Instant.parse("2026-12-01T03:00:00Z");

    final MovingClock clock = new MovingClock(NOW);
    final AtomicInteger checks = new AtomicInteger();

    ReactiveJwtDecoder issuerCheck = token -> {
        checks.incrementAndGet();
        return token.startsWith("good") ? Mono.just(jwt(token, NOW.plus(Duration.ofMinutes(15))))
                : Mono.error(new BadJwtException("An error occurred while attempting to decode the Jwt: bad signature"));
    };

    final CheckedTokens tokens = new CheckedTokens(issuerCheck, clock, Duration.ofMinutes(5), 100);

    @Test
    void aCheckedTokenIsTakenFromMemoryOnItsNextCalls() {
        Jwt first = tokens.decode("good-1").block();
        Jwt second = tokens.decode("good-1").block();

        assertThat(second).isSameAs(first);
        assertThat(checks).hasValue(1);
    }

    @Test
    void aRefusedTokenIsCheckedAgainEachTime() {
        assertThatThrownBy(() -> tokens.decode("forged").block()).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode("forged").block()).isInstanceOf(BadJwtException.class);

        assertThat(checks).hasValue(2);
    }

    @Test
    void aTokenIsCheckedAgainAfterFiveMinutesAtMost() {
        tokens.decode("good-1").block();
        clock.advance(Duration.ofMinutes(5).plusSeconds(1));

        tokens.decode("good-1").block();

        assertThat(checks).hasValue(2);
    }

    @Test
    void aRememberedTokenPastItsExpiryIsRefused() {
        Instant expiry = NOW.plusSeconds(60);
        ReactiveJwtDecoder shortLived = token -> clock.instant().isBefore(expiry.plus(EdgeSecurityConfiguration.CLOCK_SKEW))
                ? Mono.just(jwt(token, expiry)) : Mono.error(new BadJwtException("Jwt expired at " + expiry));
        CheckedTokens remembered = new CheckedTokens(shortLived, clock, Duration.ofHours(1), 100);
        remembered.decode("good-short").block();

        clock.advance(Duration.ofSeconds(60).plus(EdgeSecurityConfiguration.CLOCK_SKEW).minusSeconds(1));
        assertThat(remembered.decode("good-short").block()).isNotNull();

        clock.advance(Duration.ofSeconds(2));
        assertThatThrownBy(() -> remembered.decode("good-short").block()).isInstanceOf(BadJwtException.class)
                .hasMessageContaining("expired");
    }

    private static Jwt jwt(String token, Instant expiresAt) {
        return Jwt.withTokenValue(token).header("alg", "RS256").subject("person-1")
                .issuedAt(NOW).expiresAt(expiresAt).build();
    }

    static final class MovingClock extends Clock {
        private Instant now;

        MovingClock(Instant now) {
            this.now = now;
        }

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
