package jp.kizuna.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;
import jp.kizuna.gateway.ServiceDoubles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import reactor.core.publisher.Mono;

/**
 * The limiter's store is down (here: it never answers): calls are neither blocked nor unlimited —
 * after the store timeout each gateway counts in its own memory and still refuses the excess.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "management.server.port=0",
        // the service double publishes no API document (DocumentedRoutesIT covers that check)
        "kizuna.edge.documented-routes-only=false",
        "kizuna.rate-limits.window=1m",
        "kizuna.rate-limits.store-timeout=100ms",
        "kizuna.rate-limits.routes.organization-registry.anonymous-per-ip=2",
        "kizuna.rate-limits.routes.organization-registry.per-user=100"})
@Import(RateLimitStoreOutageIT.UnavailableStore.class)
class RateLimitStoreOutageIT {

    @TestConfiguration
    static class UnavailableStore {

        @Bean
        RateLimitStore unavailableStore() {
            return (key, window) -> Mono.never();
        }
    }

    static final com.sun.net.httpserver.HttpServer REGISTRY = ServiceDoubles.answeringEmptyList();

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry meters;

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry properties) {
        properties.add("REGISTRY_URL", () -> "http://127.0.0.1:" + REGISTRY.getAddress().getPort());
    }

    @AfterAll
    static void stop() {
        REGISTRY.stop(0);
    }

    HttpResponse<String> get() throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/registry/organizations"))
                .header("X-Forwarded-For", "192.0.2.44").timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void callsGoOnAndAreStillLimitedWhileTheStoreIsDown() throws Exception {
        long started = System.nanoTime();
        assertThat(get().statusCode()).isEqualTo(200);
        // not held up by the store that never answers (the client would give up after 10 s); the first
        // call also warms the gateway up, so on a loaded 2-core machine it may take a few seconds
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        assertThat(get().statusCode()).isEqualTo(200);

        assertThat(get().statusCode()).isEqualTo(429);
        assertThat(meters.counter("kizuna.ratelimit.store.failures").count()).isGreaterThanOrEqualTo(3);
    }
}
