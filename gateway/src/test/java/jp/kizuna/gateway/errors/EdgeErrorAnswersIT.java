package jp.kizuna.gateway.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import jp.kizuna.gateway.RawHttp;
import jp.kizuna.gateway.ServiceDoubles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every error the gateway gives itself is a problem document with a {@code urn:kizuna:problem:} type
 * and one request id, also those Reactor Netty and Spring answer below the gateway's own code: a
 * request that is not HTTP, whose URI is invalid or that the firewall refuses (400), a request line over the limit (414), headers
 * over the limit (431), a cross-origin call from an origin the city has not allowed (403), a method
 * Spring does not map (405, with Allow).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"management.server.port=0",
        // the service double publishes no API document (DocumentedRoutesIT covers that check)
        "kizuna.edge.documented-routes-only=false", "kizuna.rate-limits.enabled=false",
        "KIZUNA_WEB_ORIGINS=https://www.city.aizuwakamatsu.example"})
class EdgeErrorAnswersIT {

    static final String CITY_ORIGIN = "https://www.city.aizuwakamatsu.example";
    static final List<String> REACHED = new CopyOnWriteArrayList<>();
    static final HttpServer REGISTRY = ServiceDoubles.serving(exchange -> {
        REACHED.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
        ServiceDoubles.respondJson(exchange, "[]");
    });

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

    @BeforeEach
    void clear() {
        REACHED.clear();
    }

    @Test
    void aPathOrQueryThatIsNotAValidUriIsAMalformedRequestProblem() {
        for (String target : List.of("/api/registry/organizations/a%zz", "/api/registry/organizations/{id}",
                "/api/registry/organizations?q=%E6%B9%8A%")) {
            RawHttp.Answer answer = RawHttp.send(port, "GET " + target + " HTTP/1.1\r\nHost: localhost\r\n\r\n");

            assertThat(answer.status()).as(target).isEqualTo(400);
            assertProblem(answer, "urn:kizuna:problem:malformed-request");
            assertThat(answer.body()).contains("percent-encoded");
        }
        assertThat(REACHED).isEmpty();
    }

    @Test
    void bytesThatAreNotHttpAreAMalformedRequestProblem() {
        RawHttp.Answer answer = RawHttp.send(port, "GET /api/registry/organizations HTTP/1.1\r\nHost: localhost\r\n"
                + "this line is no header\r\n\r\n");

        assertThat(answer.status()).isEqualTo(400);
        assertProblem(answer, "urn:kizuna:problem:malformed-request");
        assertThat(REACHED).isEmpty();
    }

    @Test
    void whatTheFirewallRefusesIsAMalformedRequestProblemThatSaysWhy() throws Exception {
        RawHttp.Answer traversal = RawHttp.send(port, "GET /api/registry/../../etc/passwd HTTP/1.1\r\nHost: localhost\r\n\r\n");
        HttpResponse<String> trace = call("TRACE", "/api/registry/organizations", Map.of());

        assertThat(traversal.status()).isEqualTo(400);
        assertThat(traversal.header("Content-Type")).containsExactly("application/problem+json");
        assertThat(traversal.body()).contains("urn:kizuna:problem:malformed-request").contains("not normalized");
        assertThat(trace.statusCode()).isEqualTo(400);
        assertThat(trace.body()).contains("urn:kizuna:problem:malformed-request").contains("TRACE");
        assertThat(REACHED).isEmpty();
    }

    @Test
    void aRequestLineOverTheLimitIsAUriTooLongProblem() {
        RawHttp.Answer answer = RawHttp.send(port, "GET /api/registry/organizations?q=" + "a".repeat(5_000)
                + " HTTP/1.1\r\nHost: localhost\r\n\r\n");

        assertThat(answer.status()).isEqualTo(414);
        assertProblem(answer, "urn:kizuna:problem:uri-too-long");
        assertThat(answer.body()).contains("4096 bytes");
        assertThat(REACHED).isEmpty();
    }

    @Test
    void headersOverTheLimitAreAHeadersTooLargeProblem() {
        RawHttp.Answer answer = RawHttp.send(port, "GET /api/registry/organizations HTTP/1.1\r\nHost: localhost\r\n"
                + "Cookie: " + "c".repeat(9_000) + "\r\n\r\n");

        assertThat(answer.status()).isEqualTo(431);
        assertProblem(answer, "urn:kizuna:problem:headers-too-large");
        assertThat(answer.body()).contains("8192 bytes");
        assertThat(REACHED).isEmpty();
    }

    @Test
    void aHeadRequestGetsTheProblemsHeadersWithoutItsBody() {
        RawHttp.Answer answer = RawHttp.send(port, "HEAD /api/registry/organizations/a%zz HTTP/1.1\r\nHost: localhost\r\n\r\n");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.header("Content-Type")).containsExactly("application/problem+json");
        assertThat(answer.body()).isEmpty();
    }

    @Test
    void aPreflightFromAnOriginTheCityHasNotAllowedIsAForbiddenProblem() throws Exception {
        HttpResponse<String> answer = call("OPTIONS", "/api/registry/organizations", Map.of("Origin", "https://evil.example",
                "Access-Control-Request-Method", "POST"));

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(answer.body()).contains("urn:kizuna:problem:origin-not-allowed").contains("KIZUNA_WEB_ORIGINS");
        assertThat(answer.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(answer.headers().allValues("X-Request-Id")).hasSize(1);
    }

    @Test
    void aCallFromAnOriginTheCityHasNotAllowedIsAForbiddenProblemAndNeverReachesTheService() throws Exception {
        HttpResponse<String> answer = call("GET", "/api/registry/organizations", Map.of("Origin", "https://evil.example"));

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.body()).contains("urn:kizuna:problem:origin-not-allowed");
        assertThat(REACHED).isEmpty();
    }

    @Test
    void aPreflightAskingForAMethodTheApiDoesNotTakeAcrossOriginsIsAForbiddenProblemThatSaysSo() throws Exception {
        HttpResponse<String> answer = call("OPTIONS", "/api/registry/organizations", Map.of("Origin", CITY_ORIGIN,
                "Access-Control-Request-Method", "PATCH"));

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.body()).contains("urn:kizuna:problem:origin-not-allowed").contains("PATCH");
    }

    @Test
    void theCitysOwnOriginPassesItsPreflightAndItsCalls() throws Exception {
        HttpResponse<String> preflight = call("OPTIONS", "/api/registry/organizations", Map.of("Origin", CITY_ORIGIN,
                "Access-Control-Request-Method", "POST"));
        HttpResponse<String> call = call("GET", "/api/registry/organizations", Map.of("Origin", CITY_ORIGIN));

        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue(CITY_ORIGIN);
        assertThat(call.statusCode()).isEqualTo(200);
        assertThat(call.headers().firstValue("Access-Control-Allow-Origin")).hasValue(CITY_ORIGIN);
    }

    @Test
    void aMethodSpringDoesNotMapIsNotAllowedAndToldWhichItAnswers() throws Exception {
        HttpResponse<String> answer = call("POST", "/api/docs/gateway", Map.of());

        assertThat(answer.statusCode()).isEqualTo(405);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(answer.body()).contains("urn:kizuna:problem:method-not-allowed");
        assertThat(answer.headers().firstValue("Allow")).hasValueSatisfying(allow -> assertThat(allow).contains("GET"));
    }

    private static void assertProblem(RawHttp.Answer answer, String type) {
        assertThat(answer.header("Content-Type")).containsExactly("application/problem+json");
        assertThat(answer.body()).contains("\"type\":\"" + type + "\"").contains("\"status\":" + answer.status());
        assertThat(answer.header("X-Request-Id")).hasSize(1);
        assertThat(answer.header("Connection")).containsExactly("close");
        assertThat(answer.header("Content-Length")).containsExactly(Integer.toString(
                answer.body().getBytes(StandardCharsets.UTF_8).length));
    }

    HttpResponse<String> call(String method, String path, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(10));
        headers.forEach(request::header);
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
