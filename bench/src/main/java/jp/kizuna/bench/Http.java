package jp.kizuna.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Executors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The benchmarks' HTTP client: JSON in and out, a bearer token or an API key, no retries. */
final class Http {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newVirtualThreadPerTaskExecutor()).build();

    record Answer(int status, String body, long nanos, HttpHeaders headers) {

        private static final HttpHeaders NONE = HttpHeaders.of(java.util.Map.of(), (name, value) -> true);

        Answer(int status, String body, long nanos) {
            this(status, body, nanos, NONE);
        }

        String etag() {
            return headers.firstValue("ETag").orElse(null);
        }

        String contentType() {
            return headers.firstValue("Content-Type").orElse(null);
        }

        String location() {
            return headers.firstValue("Location").orElse(null);
        }

        JsonNode json() {
            return JSON.readTree(body);
        }

        boolean ok() {
            return status >= 200 && status < 300;
        }

        boolean isProblem(String contentType) {
            return contentType != null && contentType.startsWith("application/problem+json");
        }
    }

    Answer get(String url, String token) {
        return send(request(url, token).GET());
    }

    /** A GET with these headers instead of the JSON {@code Accept} (a page's, with a session cookie). */
    Answer getWith(String url, java.util.Map<String, String> headers) {
        HttpRequest.Builder builder = request(url, null);
        headers.forEach(builder::setHeader);
        return send(builder.GET());
    }

    Answer post(String url, String token, String json) {
        return send(request(url, token).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    HttpResponse<String> raw(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder request(String url, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json, application/problem+json");
        if (token != null) {
            builder.header("Authorization", token.startsWith("ApiKey ") ? token : "Bearer " + token);
        }
        return builder;
    }

    private Answer send(HttpRequest.Builder builder) {
        long started = System.nanoTime();
        try {
            HttpResponse<String> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(), System.nanoTime() - started, response.headers());
        } catch (IOException e) {
            return new Answer(-1, e.toString(), System.nanoTime() - started);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
