package jp.kizuna.gateway.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * The bearer tokens this gateway has already checked, each remembered until it expires (at most
 * {@code maxAge}), so that a signed-in person's next calls cost a map lookup instead of a signature
 * check and JSON parse: a token is the same string, signed once, for all of its lifetime. Only tokens
 * that passed every check (signature, issuer, audience, expiry) are remembered; a refused one is checked
 * again each time. A remembered token past its expiry is forgotten and refused as the decoder would.
 * A key taken out of the issuer's key set stops being accepted for new tokens at once, and for tokens
 * already checked within {@code maxAge} at most.
 */
final class CheckedTokens implements ReactiveJwtDecoder {

    private final ReactiveJwtDecoder decoder;
    private final Clock clock;
    private final Cache<String, Jwt> checked;

    CheckedTokens(ReactiveJwtDecoder decoder, Clock clock, Duration maxAge, long maxTokens) {
        this.decoder = decoder;
        this.clock = clock;
        this.checked = Caffeine.newBuilder()
                .maximumSize(maxTokens)
                .expireAfter(Expiry.<String, Jwt>creating((token, jwt) -> lifetime(jwt, maxAge)))
                .ticker(() -> clock.millis() * 1_000_000L)
                .build();
    }

    @Override
    public Mono<Jwt> decode(String token) {
        Jwt known = checked.getIfPresent(token);
        if (known == null) {
            return decoder.decode(token).doOnNext(jwt -> checked.put(token, jwt));
        }
        Instant expiresAt = known.getExpiresAt();
        if (expiresAt != null && !clock.instant().isBefore(expiresAt.plus(EdgeSecurityConfiguration.CLOCK_SKEW))) {
            checked.invalidate(token);
            return Mono.error(new BadJwtException("Jwt expired at " + expiresAt));
        }
        return Mono.just(known);
    }

    /** Until the token expires (with the clock skew the decoder allows), and never longer than {@code maxAge}. */
    private Duration lifetime(Jwt jwt, Duration maxAge) {
        if (jwt.getExpiresAt() == null) {
            return maxAge;
        }
        Duration left = Duration.between(clock.instant(), jwt.getExpiresAt().plus(EdgeSecurityConfiguration.CLOCK_SKEW));
        return left.isNegative() ? Duration.ZERO : left.compareTo(maxAge) < 0 ? left : maxAge;
    }
}
