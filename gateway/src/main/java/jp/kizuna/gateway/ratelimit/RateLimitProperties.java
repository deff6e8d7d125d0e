package jp.kizuna.gateway.ratelimit;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Calls allowed per window: for anonymous callers per client IP, for signed-in callers per user,
 * and per route where a route needs other numbers ({@code routes.<route id>}).
 *
 * @param storeTimeout how long a call waits for the store before it is counted in memory instead
 */
@ConfigurationProperties("kizuna.rate-limits")
public record RateLimitProperties(boolean enabled, Duration window, Limits defaults, Map<String, Limits> routes,
                                  Duration storeTimeout) {

    public RateLimitProperties {
        window = window == null ? Duration.ofMinutes(1) : window;
        defaults = defaults == null ? new Limits(120, 600) : defaults;
        routes = routes == null ? Map.of() : Map.copyOf(routes);
        storeTimeout = storeTimeout == null ? Duration.ofMillis(200) : storeTimeout;
    }

    /** @param anonymousPerIp calls per window of one client IP without a token; @param perUser calls per window of one token subject */
    public record Limits(long anonymousPerIp, long perUser) {
    }

    Limits of(String routeId) {
        return routes.getOrDefault(routeId, defaults);
    }
}
