package jp.kizuna.gateway.resilience;

import java.time.Duration;

import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.ThreadPoolBulkheadConfig;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4jBulkheadProvider;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4jBulkheadConfigurationBuilder;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A bulkhead per route (Resilience4j semaphore, applied with each route's circuit breaker): at most
 * {@code max-concurrent-calls} calls in flight to one service; a call that finds no room within
 * {@code max-wait} is answered 503 problem+json at once by the breaker's fallback. A slow service
 * thus ties up a bounded share of the gateway, and the other routes keep answering.
 */
@Configuration(proxyBeanMethods = false)
class RouteBulkheadConfiguration {

    @Bean
    Customizer<ReactiveResilience4jBulkheadProvider> routeBulkheads(
            @Value("${kizuna.edge.bulkhead.max-concurrent-calls:100}") int maxConcurrentCalls,
            @Value("${kizuna.edge.bulkhead.max-wait:50ms}") Duration maxWait) {
        return provider -> provider.configureDefault(route -> new Resilience4jBulkheadConfigurationBuilder()
                .bulkheadConfig(BulkheadConfig.custom().maxConcurrentCalls(maxConcurrentCalls).maxWaitDuration(maxWait).build())
                .threadPoolBulkheadConfig(ThreadPoolBulkheadConfig.ofDefaults())
                .build());
    }
}
