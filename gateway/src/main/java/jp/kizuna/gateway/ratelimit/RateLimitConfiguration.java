package jp.kizuna.gateway.ratelimit;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** The rate limiter and its store (in memory unless a store bean is provided). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimitProperties.class)
class RateLimitConfiguration {

    /** A {@link RateLimitStore} bean, where one is provided (shared by the replicas), or memory. */
    @Bean
    RateLimitFilter rateLimitFilter(RateLimitProperties properties, ObjectProvider<RateLimitStore> stores, Clock clock,
                                    MeterRegistry meters, JsonMapper json) {
        return new RateLimitFilter(properties, stores.getIfAvailable(() -> new InMemoryRateLimitStore(clock)), clock, meters,
                json);
    }
}
