package jp.kizuna.gateway.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpServer;
import jp.kizuna.gateway.ServiceDoubles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A slow service gets only so many calls at once: the calls beyond the route's bulkhead are answered
 * 503 problem+json at once, and another service's route keeps answering meanwhile.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "management.server.port=0",
        // the service double publishes no API document (DocumentedRoutesIT covers that check)
        "kizuna.edge.documented-routes-only=false",
        "kizuna.rate-limits.enabled=false",
        "kizuna.edge.bulkhead.max-concurrent-calls=3",
        "kizuna.edge.bulkhead.max-wait=0ms",
        // the refused calls must not count as failures that open the slow route's breaker mid-test
        "resilience4j.circuitbreaker.configs.default.minimum-number-of-calls=100"})
class BulkheadIT {

    static final HttpServer SLOW_SERVICE = ServiceDoubles.answeringEmptyList(new CopyOnWriteArrayList<>(), Duration.ofSeconds(2));
    static final HttpServer FAST_SERVICE = ServiceDoubles.answeringEmptyList();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry properties) {
        properties.add("KPI_URL", () -> "http://127.0.0.1:" + SLOW_SERVICE.getAddress().getPort());
        properties.add("REGISTRY_URL", () -> "http://127.0.0.1:" + FAST_SERVICE.getAddress().getPort());
    }

    @AfterAll
    static void stop() {
        SLOW_SERVICE.stop(0);
        FAST_SERVICE.stop(0);
    }

    @Test
    void callsBeyondTheBulkheadAreRefusedAtOnceWhileOtherRoutesAnswer() throws Exception {
        HttpClient client = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(8)).build();
        List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            calls.add(client.sendAsync(get("/api/kpi/indicators"), HttpResponse.BodyHandlers.ofString()));
        }
        Thread.sleep(500);

        long started = System.nanoTime();
        HttpResponse<String> refused = client.send(get("/api/kpi/indicators"), HttpResponse.BodyHandlers.ofString());
        Duration refusedIn = Duration.ofNanos(System.nanoTime() - started);
        HttpResponse<String> otherRoute = client.send(get("/api/registry/organizations"), HttpResponse.BodyHandlers.ofString());

        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(refused.body()).contains("\"bulkhead\":\"full\"");
        assertThat(refusedIn).isLessThan(Duration.ofSeconds(1));
        assertThat(otherRoute.statusCode()).isEqualTo(200);
        for (CompletableFuture<HttpResponse<String>> call : calls) {
            assertThat(call.get().statusCode()).isEqualTo(200);
        }
    }

    HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(20)).build();
    }

}
