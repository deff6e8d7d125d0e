package jp.kizuna.gateway.ratelimit;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Calls allowed per window: for anonymous callers per client IP, for signed-in callers per user, for
 * partners per API key,
 * and per route where a route needs other numbers ({@code routes.<route id>}).
 *
 * @param storeTimeout how long a call waits for the store before it is counted in memory instead
 */
@ConfigurationProperties("kizuna.rate-limits")
public record RateLimitProperties(boolean enabled, Duration window, Limits defaults, Map<String, Limits> routes,
                                  Duration storeTimeout) {

    private static final Limits BUILT_IN = new Limits(120L, 600L, 600L);

    public RateLimitProperties {
        window = window == null ? Duration.ofMinutes(1) : window;
        defaults = defaults == null ? BUILT_IN : defaults.orElse(BUILT_IN);
        routes = routes == null ? Map.of() : Map.copyOf(routes);
        storeTimeout = storeTimeout == null ? Duration.ofMillis(200) : storeTimeout;
    }

    /**
     * @param anonymousPerIp calls per window of one client IP without a token
     * @param perUser        calls per window of one token subject
     * @param perApiKey      calls per window of one partner API key (all of the partner's clients together)
     */
    public record Limits(Long anonymousPerIp, Long perUser, Long perApiKey) {

        /** These limits, each one not given taken from {@code fallback}. */
        Limits orElse(Limits fallback) {
            return new Limits(anonymousPerIp == null ? fallback.anonymousPerIp : anonymousPerIp,
                    perUser == null ? fallback.perUser : perUser, perApiKey == null ? fallback.perApiKey : perApiKey);
        }
    }

    /** The limits of a route: its own where it has them, the defaults for the rest. */
    Limits of(String routeId) {
        Limits route = routes.get(routeId);
        return route == null ? defaults : route.orElse(defaults);
    }
}
