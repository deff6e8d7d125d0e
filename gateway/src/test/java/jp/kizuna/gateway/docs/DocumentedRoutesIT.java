package jp.kizuna.gateway.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import jp.kizuna.gateway.ServiceDoubles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Only documented calls reach a service: the gateway reads each service's OpenAPI document and
 * answers anything else itself — 404 for a path the document does not have, 405 for a documented
 * path with another method — and 503 while a service's document cannot be read.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "management.server.port=0", "kizuna.rate-limits.enabled=false"})
class DocumentedRoutesIT {

    static final String DOCUMENT = """
            {"openapi": "3.1.0", "paths": {
              "/api/registry/organizations": {"get": {}, "post": {}},
              "/api/registry/organizations/{id}": {"get": {}},
              "/api/registry/districts/{name}.ics": {"get": {}}}}""";
    static final List<String> REACHED = new CopyOnWriteArrayList<>();
    static final HttpServer REGISTRY = ServiceDoubles.serving(exchange -> {
        String path = exchange.getRequestURI().getRawPath();
        if (path.equals("/v3/api-docs")) {
            ServiceDoubles.respondJson(exchange, DOCUMENT);
        } else {
            REACHED.add(exchange.getRequestMethod() + " " + path);
            ServiceDoubles.respondJson(exchange, "[]");
        }
    });
    static final int KPI_PORT = ServiceDoubles.freePort();
    static final java.util.concurrent.atomic.AtomicInteger SLOW_DOCUMENT_READS = new java.util.concurrent.atomic.AtomicInteger();
    /** A service that takes longer than a reload may to produce its first document, as on a busy machine. */
    static final HttpServer SLOW_SUBSIDIES = ServiceDoubles.serving(exchange -> {
        if (exchange.getRequestURI().getRawPath().equals("/v3/api-docs")) {
            SLOW_DOCUMENT_READS.incrementAndGet();
            try {
                Thread.sleep(7_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ServiceDoubles.respondJson(exchange, "{\"openapi\": \"3.1.0\", \"paths\": {\"/api/subsidies/programmes\": {\"get\": {}}}}");
        } else {
            ServiceDoubles.respondJson(exchange, "[]");
        }
    });

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry properties) {
        properties.add("REGISTRY_URL", () -> "http://127.0.0.1:" + REGISTRY.getAddress().getPort());
        properties.add("KPI_URL", () -> "http://127.0.0.1:" + KPI_PORT);
        properties.add("SUBSIDY_URL", () -> "http://127.0.0.1:" + SLOW_SUBSIDIES.getAddress().getPort());
    }

    @AfterAll
    static void stop() {
        SLOW_SUBSIDIES.stop(0);
        REGISTRY.stop(0);
    }

    @BeforeEach
    void clear() {
        REACHED.clear();
    }

    @Test
    void documentedCallsReachTheService() throws Exception {
        assertThat(call("GET", "/api/registry/organizations").statusCode()).isEqualTo(200);
        assertThat(call("GET", "/api/registry/organizations/minato").statusCode()).isEqualTo(200);
        assertThat(call("GET", "/api/registry/organizations/%E6%B9%8A").statusCode()).isEqualTo(200);
        assertThat(call("GET", "/api/registry/districts/ikki.ics").statusCode()).isEqualTo(200);

        assertThat(REACHED).containsExactly("GET /api/registry/organizations", "GET /api/registry/organizations/minato",
                "GET /api/registry/organizations/%E6%B9%8A", "GET /api/registry/districts/ikki.ics");
    }

    @Test
    void anUndocumentedPathIsNotFoundAndNeverReachesTheService() throws Exception {
        for (String path : List.of("/api/registry/internal/reindex", "/api/registry/organizations/minato/secrets",
                "/api/registry/districts/ikki.json", "/api/registry/organizations/a/b")) {
            HttpResponse<String> answer = call("GET", path);
            assertThat(answer.statusCode()).as(path).isEqualTo(404);
            assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
        }
        assertThat(REACHED).isEmpty();
    }

    @Test
    void aDocumentedPathWithAnotherMethodIsNotAllowedAndToldWhichMethodsItAnswers() throws Exception {
        HttpResponse<String> answer = call("DELETE", "/api/registry/organizations/minato");
        HttpResponse<String> list = call("PUT", "/api/registry/organizations");

        assertThat(answer.statusCode()).isEqualTo(405);
        assertThat(answer.body()).contains("urn:kizuna:problem:method-not-allowed");
        assertThat(answer.headers().allValues("Allow")).containsExactly("GET, HEAD");
        assertThat(list.headers().allValues("Allow")).containsExactly("GET, HEAD, POST");
        assertThat(REACHED).isEmpty();
    }

    @Test
    void aServiceWhoseDocumentCannotBeReadIsUnavailable() throws Exception {
        HttpResponse<String> answer = call("GET", "/api/kpi/indicators");

        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(answer.headers().firstValue("Retry-After")).isPresent();
        assertThat(answer.body()).contains("urn:kizuna:problem:service-unavailable");
    }

    @Test
    void callsWaitForAServicesSlowFirstDocumentAndShareOneRead() throws Exception {
        var calls = java.util.stream.IntStream.range(0, 3).mapToObj(i -> java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/subsidies/programmes")).timeout(Duration.ofSeconds(40)).build(), HttpResponse.BodyHandlers.ofString());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        })).toList();

        for (var call : calls) {
            assertThat(call.get().statusCode()).as(call.get().body()).isEqualTo(200);
        }
        assertThat(SLOW_DOCUMENT_READS.get()).as("read once, ahead of the calls, and shared").isEqualTo(1);
    }

    HttpResponse<String> call(String method, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

}
