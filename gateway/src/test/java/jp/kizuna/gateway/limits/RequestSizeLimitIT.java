package jp.kizuna.gateway.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
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
 * No service receives more than 1 MB of a request body: one declared larger is refused before it is
 * read, one without a declared length (chunked) is counted as it arrives and stopped at the limit;
 * both are 413 problem+json, the service receives none of either, and neither counts against its
 * circuit breaker.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"management.server.port=0",
        // the service double publishes no API document (DocumentedRoutesIT covers that check)
        "kizuna.edge.documented-routes-only=false", "kizuna.rate-limits.enabled=false"})
class RequestSizeLimitIT {

    static final int LIMIT = 1024 * 1024;
    /** The bytes of body the service read, one entry per call that reached it. */
    static final List<Long> RECEIVED = new CopyOnWriteArrayList<>();
    static final HttpServer REGISTRY = ServiceDoubles.serving(exchange -> {
        long received = 0;
        try (InputStream body = exchange.getRequestBody()) {
            byte[] buffer = new byte[16 * 1024];
            for (int read; (read = body.read(buffer)) >= 0; ) {
                received += read;
            }
        } catch (IOException cutOff) {
            // the gateway stopped the call: what arrived until then is what counts
        }
        RECEIVED.add(received);
        ServiceDoubles.respondJson(exchange, "{\"received\": " + received + "}");
    });

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

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
        RECEIVED.clear();
    }

    @Test
    void aBodyDeclaredOverOneMegabyteIsAContentTooLargeProblemAndNeverReachesTheService() throws Exception {
        HttpResponse<String> response = post(HttpRequest.BodyPublishers.ofString("{\"name\": \"" + "x".repeat(1_100_000) + "\"}"));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("urn:kizuna:problem:payload-too-large");
        assertThat(RECEIVED).isEmpty();
    }

    @Test
    void aChunkedBodyOfFiveMegabytesIsAContentTooLargeProblemAndTheServiceReceivesNoneOfIt() throws Exception {
        HttpResponse<String> response = post(chunked(5 * LIMIT));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("urn:kizuna:problem:payload-too-large").contains("1048576 bytes");
        assertThat(response.headers().allValues("X-Request-Id")).hasSize(1);
        assertThat(RECEIVED).as("the gateway forwards a body only once it has it whole").isEmpty();
    }

    @Test
    void aChunkedBodyTrickledInBySlowClientIsCountedAsItArrives() throws Exception {
        HttpResponse<String> response = post(chunked(5 * LIMIT, Duration.ofMillis(5)));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("urn:kizuna:problem:payload-too-large");
        assertThat(RECEIVED).isEmpty();
    }

    @Test
    void aChunkedBodyWithinTheLimitReachesTheServiceWhole() throws Exception {
        HttpResponse<String> response = post(chunked(LIMIT));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(RECEIVED).containsExactly((long) LIMIT);
    }

    @Test
    void oversizedUploadsDoNotOpenTheServicesCircuitBreaker() throws Exception {
        for (int upload = 0; upload < 6; upload++) {
            assertThat(post(chunked(2 * LIMIT)).statusCode()).isEqualTo(413);
        }

        HttpResponse<String> next = post(HttpRequest.BodyPublishers.ofString("{}"));

        assertThat(next.statusCode()).as(next.body()).isEqualTo(200);
    }

    HttpResponse<String> post(HttpRequest.BodyPublisher body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/registry/organizations"))
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30)).POST(body).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A body of this many bytes whose length is not declared: the client sends it chunked. */
    static HttpRequest.BodyPublisher chunked(int bytes) {
        return chunked(bytes, Duration.ZERO);
    }

    /** The same, with a pause before each piece of up to 64 KiB, as a slow client sends it. */
    static HttpRequest.BodyPublisher chunked(int bytes, Duration pause) {
        return HttpRequest.BodyPublishers.ofInputStream(() -> new InputStream() {
            int left = bytes;

            @Override
            public int read() {
                return left-- > 0 ? 'x' : -1;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (left <= 0) {
                    return -1;
                }
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                int n = Math.min(Math.min(length, 64 * 1024), left);
                Arrays.fill(buffer, offset, offset + n, (byte) 'x');
                left -= n;
                return n;
            }
        });
    }
}
