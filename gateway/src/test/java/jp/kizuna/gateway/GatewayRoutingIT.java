package jp.kizuna.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import com.sun.net.httpserver.HttpServer;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The gateway forwards each API prefix to its service unchanged and answers everything it cannot
 * forward with a problem document (tokens: {@code EdgeTokenCheckIT}, body limits: {@code RequestSizeLimitIT}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"management.server.port=0",
        // the service double publishes no API document (DocumentedRoutesIT covers that check)
        "kizuna.edge.documented-routes-only=false"})
class GatewayRoutingIT {

    static final HttpServer registry = startRegistryDouble();
    static final int closedPort = ServiceDoubles.freePort();

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry properties) {
        properties.add("REGISTRY_URL", () -> "http://127.0.0.1:" + registry.getAddress().getPort());
        properties.add("KPI_URL", () -> "http://127.0.0.1:" + closedPort);
        // the web pages' double: the same echo
        properties.add("WEB_URL", () -> "http://127.0.0.1:" + registry.getAddress().getPort());
    }

    @AfterAll
    static void stop() {
        registry.stop(0);
    }

    /** A registry double that echoes the path and the Authorization header it received. */
    static HttpServer startRegistryDouble() {
        return ServiceDoubles.serving(exchange -> ServiceDoubles.respondJson(exchange, "{\"path\":\"" + exchange.getRequestURI()
                + "\",\"auth\":\"" + exchange.getRequestHeaders().getFirst("Authorization") + "\"}"));
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Autowired
    RouteLocator routes;

    @Autowired
    ReactiveResilience4JCircuitBreakerFactory breakers;

    @Test
    void everyServiceRouteHasABreakerAndRetriesReadsWhileThePagesAndDocumentsHaveNeither() {
        Map<String, List<String>> filters = routes.getRoutes()
                .collectMap(Route::getId, route -> route.getFilters().stream().map(Object::toString).toList()).block();

        for (String service : List.of("organization-registry", "kpi-evaluation", "subsidy-budget", "events-workshops")) {
            assertThat(filters.get(service)).as(service)
                    .anyMatch(filter -> filter.contains("CircuitBreaker") && filter.contains("forward:/fallback/service-unavailable"))
                    .anyMatch(filter -> filter.contains("Retry") && filter.contains("retries = 2") && filter.contains("GET, HEAD"));
        }
        for (String other : List.of("web", "docs-registry", "docs-kpi", "docs-subsidies", "docs-events")) {
            assertThat(filters.get(other)).as(other).noneMatch(filter -> filter.contains("CircuitBreaker") || filter.contains("Retry"));
        }
    }

    @Test
    void eachServiceRoutesBreakerIsNamedAfterTheRoute() throws Exception {
        get("/api/registry/organizations/minato");
        get("/api/kpi/indicators");

        assertThat(breakers.getCircuitBreakerRegistry().getAllCircuitBreakers()).extracting(CircuitBreaker::getName)
                .contains("organization-registry", "kpi-evaluation");
    }

    @Test
    void forwardsTheRegistryPrefixWithPathAndQueryUnchanged() throws Exception {
        HttpResponse<String> response = get("/api/registry/organizations?page=1");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"path\":\"/api/registry/organizations?page=1\"");
    }

    @Test
    void anUnknownPathIsANotFoundProblem() throws Exception {
        HttpResponse<String> response = get("/api/unknown/thing");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("urn:kizuna:problem:not-found");
    }

    @Test
    void everyPathOutsideTheApiIsAWebPageSoAMistypedAddressGetsThePortalsOwnAnswer() throws Exception {
        for (String page : new String[] {"/", "/events/ikki-workshop-2024-1", "/no-such-page", "/favicon.ico"}) {
            HttpResponse<String> response = get(page);

            assertThat(response.statusCode()).as(page).isEqualTo(200);
            assertThat(response.body()).as(page).contains("\"path\":\"" + page + "\"");
        }
        assertThat(get("/api").statusCode()).isEqualTo(404);
        assertThat(get("/api").body()).contains("urn:kizuna:problem:not-found");
    }

    @Test
    void aServiceThatIsDownIsAServiceUnavailableProblemWithRetryAfter() throws Exception {
        HttpResponse<String> response = get("/api/kpi/indicators");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.headers().firstValue("Retry-After")).isPresent();
        assertThat(response.body()).contains("urn:kizuna:problem:service-unavailable").doesNotContain("Exception");
    }

    @Test
    void actuatorIsNotReachableThroughThePublicPort() throws Exception {
        // neither the gateway's nor, through the pages' route, the web's
        for (String path : new String[] {"/actuator/health", "/actuator/prometheus", "/actuator"}) {
            HttpResponse<String> response = get(path);

            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).doesNotContain("\"path\"");
        }
    }
}
