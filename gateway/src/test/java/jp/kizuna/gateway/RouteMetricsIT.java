package jp.kizuna.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * City IT sees the latency of every route on its own (not one {@code uri="UNKNOWN"} for all that the
 * gateway forwards), counted in buckets at the service-level objectives.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"management.server.port=0",
        "kizuna.edge.documented-routes-only=false"})
class RouteMetricsIT {

    static final HttpServer registry = ServiceDoubles.serving(exchange -> ServiceDoubles.respondJson(exchange, "{}"));

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry properties) {
        properties.add("REGISTRY_URL", () -> "http://127.0.0.1:" + registry.getAddress().getPort());
        properties.add("WEB_URL", () -> "http://127.0.0.1:" + registry.getAddress().getPort());
    }

    @AfterAll
    static void stop() {
        registry.stop(0);
    }

    private String get(int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    @Test
    void everyForwardedRequestIsTimedUnderItsRouteWithSloBuckets() throws Exception {
        get(port, "/api/registry/organizations");
        get(port, "/");

        List<String> series = get(managementPort, "/actuator/prometheus").lines()
                .filter(line -> line.startsWith("spring_cloud_gateway_requests_seconds")).toList();

        assertThat(series).anyMatch(line -> line.startsWith("spring_cloud_gateway_requests_seconds_count{")
                && line.contains("routeId=\"organization-registry\"") && line.contains("httpMethod=\"GET\"")
                && line.contains("status=\"OK\""));
        assertThat(series).anyMatch(line -> line.contains("routeId=\"web\""));
        assertThat(series).anyMatch(line -> line.startsWith("spring_cloud_gateway_requests_seconds_bucket{")
                && line.contains("routeId=\"organization-registry\"") && line.contains("le=\"0.15\""));
    }
}
