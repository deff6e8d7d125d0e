package jp.kizuna.gateway.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.sun.net.httpserver.HttpServer;
import jp.kizuna.gateway.ServiceDoubles;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A service that is down: the gateway answers at once with 503 problem+json and Retry-After, opens
 * the route's breaker after a few failed calls (not the library's default of 100), and closes it
 * by itself once the service is back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "management.server.port=0",
        // the service double publishes no API document (DocumentedRoutesIT covers that check)
        "kizuna.edge.documented-routes-only=false",
        "resilience4j.circuitbreaker.configs.default.wait-duration-in-open-state=2s"})
class CircuitBreakerIT {

    static final int KPI_PORT = ServiceDoubles.freePort();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry properties) {
        properties.add("KPI_URL", () -> "http://127.0.0.1:" + KPI_PORT);
    }

    HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aServiceThatIsDownIsAnsweredAtOnceAndRecoveredFromWithoutHelp() throws Exception {
        HttpResponse<String> first = get("/api/kpi/indicators");

        assertThat(first.statusCode()).isEqualTo(503);
        assertThat(first.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(first.headers().firstValue("Retry-After")).isPresent();
        assertThat(first.body()).contains("/api/kpi/indicators");

        HttpResponse<String> later = first;
        for (int call = 0; call < 6 && !later.body().contains("\"circuit\":\"open\""); call++) {
            later = get("/api/kpi/indicators");
        }
        assertThat(later.body()).as("breaker open after a few failures").contains("\"circuit\":\"open\"");
        long started = System.nanoTime();
        assertThat(get("/api/kpi/indicators").statusCode()).isEqualTo(503);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));

        HttpServer kpi = HttpServer.create(new InetSocketAddress("127.0.0.1", KPI_PORT), 0);
        kpi.createContext("/", exchange -> {
            byte[] body = "[]".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        kpi.start();
        try {
            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500))
                    .until(() -> get("/api/kpi/indicators").statusCode() == 200);
        } finally {
            kpi.stop(0);
        }
    }

    @Test
    void theFallbackIsNotAnEndpointOfItsOwn() throws Exception {
        assertThat(get("/fallback/service-unavailable").statusCode()).isEqualTo(404);
    }
}
