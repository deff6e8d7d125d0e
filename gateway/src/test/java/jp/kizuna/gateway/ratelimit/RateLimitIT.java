package jp.kizuna.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.sun.net.httpserver.HttpServer;
import jp.kizuna.gateway.ServiceDoubles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Anonymous callers are limited per client IP and route: over the limit they get 429 problem+json
 * with Retry-After, other clients are not affected, and the next window lets them in again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "management.server.port=0",
        // the service double publishes no API document (DocumentedRoutesIT covers that check)
        "kizuna.edge.documented-routes-only=false",
        "kizuna.rate-limits.window=3s",
        "kizuna.rate-limits.routes.organization-registry.anonymous-per-ip=3",
        "kizuna.rate-limits.routes.organization-registry.per-user=100"})
class RateLimitIT {

    static final HttpServer REGISTRY = ServiceDoubles.answeringEmptyList();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry properties) {
        properties.add("REGISTRY_URL", () -> "http://127.0.0.1:" + REGISTRY.getAddress().getPort());
    }

    @AfterAll
    static void stop() {
        REGISTRY.stop(0);
    }

    /** A call as the ingress forwards it for the given client address. */
    HttpResponse<String> getAs(String clientIp) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/registry/organizations"))
                .header("X-Forwarded-For", clientIp).timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Waits for the start of a fresh window, so that the test's calls fall into one. */
    static void startOfAWindow() throws InterruptedException {
        long window = 3_000;
        Thread.sleep(window - System.currentTimeMillis() % window + 50);
    }

    @Test
    void theFourthCallInAWindowIsRefusedUntilTheNextWindow() throws Exception {
        startOfAWindow();
        for (int call = 1; call <= 3; call++) {
            assertThat(getAs("203.0.113.7").statusCode()).as("call " + call).isEqualTo(200);
        }

        HttpResponse<String> fourth = getAs("203.0.113.7");

        assertThat(fourth.statusCode()).isEqualTo(429);
        assertThat(fourth.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(fourth.body()).contains("urn:kizuna:problem:rate-limited");
        long retryAfter = Long.parseLong(fourth.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 3L);
        assertThat(getAs("198.51.100.20").statusCode()).as("another client").isEqualTo(200);

        Thread.sleep(retryAfter * 1000 + 100);
        assertThat(getAs("203.0.113.7").statusCode()).isEqualTo(200);
    }
}
