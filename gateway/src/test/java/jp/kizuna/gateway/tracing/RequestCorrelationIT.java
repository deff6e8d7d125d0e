package jp.kizuna.gateway.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
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
 * Every call gets a W3C trace context and a request id at the gateway: a client's valid trace is
 * continued (same trace id, the gateway's own parent id), a malformed one is replaced, and the
 * request id goes to the service and back to the client, once (the service echoes it too) — also on
 * answers the gateway gives itself.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"management.server.port=0",
        // the service double publishes no API document (DocumentedRoutesIT covers that check)
        "kizuna.edge.documented-routes-only=false"})
class RequestCorrelationIT {

    static final List<Map<String, List<String>>> RECEIVED = new CopyOnWriteArrayList<>();
    /** Echoes the request id in its answer, as every service does (the platform's RequestCorrelationFilter). */
    static final HttpServer SERVICE = ServiceDoubles.serving(exchange -> {
        RECEIVED.add(Map.copyOf(exchange.getRequestHeaders()));
        exchange.getResponseHeaders().add("X-Request-Id", exchange.getRequestHeaders().getFirst("X-Request-Id"));
        ServiceDoubles.respondJson(exchange, "[]");
    });
    static final String CLIENT_TRACE = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry properties) {
        properties.add("REGISTRY_URL", () -> "http://127.0.0.1:" + SERVICE.getAddress().getPort());
    }

    @AfterAll
    static void stop() {
        SERVICE.stop(0);
    }

    @BeforeEach
    void clear() {
        RECEIVED.clear();
    }

    @Test
    void aClientsTraceIsContinuedAndItsRequestIdKeptAndAnsweredOnceThoughTheServiceEchoesIt() throws Exception {
        HttpResponse<String> answer = call("/api/registry/organizations", Map.of("traceparent", CLIENT_TRACE,
                "X-Request-Id", "npo-sync-42"));

        assertThat(answer.headers().allValues("X-Request-Id")).containsExactly("npo-sync-42");
        Map<String, List<String>> forwarded = RECEIVED.getFirst();
        assertThat(forwarded.get("X-request-id")).containsExactly("npo-sync-42");
        String traceparent = forwarded.get("Traceparent").getFirst();
        assertThat(traceparent).matches("00-4bf92f3577b34da6a3ce929d0e0e4736-[0-9a-f]{16}-01")
                .isNotEqualTo(CLIENT_TRACE);
    }

    @Test
    void aCallWithoutOrWithAMalformedTraceGetsANewOne() throws Exception {
        HttpResponse<String> answer = call("/api/registry/organizations", Map.of("traceparent", "00-xyz-01",
                "X-Request-Id", "has spaces and is far too long to be kept as anyone's request id, really"));

        assertThat(answer.headers().allValues("X-Request-Id")).hasSize(1);
        String requestId = answer.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(requestId).matches("[0-9a-f-]{36}");
        assertThat(RECEIVED.getFirst().get("X-request-id")).containsExactly(requestId);
        assertThat(RECEIVED.getFirst().get("Traceparent").getFirst()).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
    }

    @Test
    void anAnswerOfTheGatewayItselfCarriesARequestIdToo() throws Exception {
        HttpResponse<String> refused = call("/api/registry/organizations", Map.of("Authorization", "Bearer not-a-token"));

        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().allValues("X-Request-Id")).hasSize(1);
        assertThat(RECEIVED).isEmpty();
    }

    HttpResponse<String> call(String path, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(10));
        headers.forEach(request::header);
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

}
