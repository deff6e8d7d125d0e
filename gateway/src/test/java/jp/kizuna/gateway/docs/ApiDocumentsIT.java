package jp.kizuna.gateway.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** One place for the API documents: each service's OpenAPI document under /api/docs and a Swagger UI listing them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "management.server.port=0")
class ApiDocumentsIT {

    static final HttpServer EVENTS = eventsDouble();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry properties) {
        properties.add("EVENTS_URL", () -> "http://127.0.0.1:" + EVENTS.getAddress().getPort());
    }

    @AfterAll
    static void stop() {
        EVENTS.stop(0);
    }

    /** The events service's document at its own /v3/api-docs; any other path is unknown to it. */
    static HttpServer eventsDouble() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                boolean docs = exchange.getRequestURI().getPath().equals("/v3/api-docs");
                byte[] body = (docs ? "{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"events-workshops\",\"description\":\""
                        + "地域のイベント。".repeat(200) + "\"},\"paths\":{}}" : "{}").getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(docs ? 200 : 404, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void eachServicesDocumentIsServedUnderApiDocs() throws Exception {
        HttpResponse<String> events = get("/api/docs/events");

        assertThat(events.statusCode()).isEqualTo(200);
        assertThat(events.body()).contains("\"openapi\":\"3.1.0\"", "events-workshops");
    }

    @Test
    void aTextAnswerIsGzippedForAClientThatAcceptsIt() throws Exception {
        HttpResponse<byte[]> gzipped = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/docs/events")).header("Accept-Encoding", "gzip")
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<String> plain = get("/api/docs/events");

        assertThat(gzipped.statusCode()).isEqualTo(200);
        assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        String unzipped = new String(new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gzipped.body()))
                .readAllBytes(), StandardCharsets.UTF_8);
        assertThat(unzipped).isEqualTo(plain.body());
        assertThat(gzipped.body().length).isLessThan(plain.body().getBytes(StandardCharsets.UTF_8).length / 4);
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
    }

    @Test
    void theSwaggerUiListsTheFourDocuments() throws Exception {
        HttpResponse<String> ui = get("/api/docs/ui");
        HttpResponse<String> config = get("/api/docs/gateway/swagger-config");

        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.body()).containsIgnoringCase("swagger");
        assertThat(config.body()).contains("/api/docs/registry", "/api/docs/kpi", "/api/docs/subsidies", "/api/docs/events");
    }
}
