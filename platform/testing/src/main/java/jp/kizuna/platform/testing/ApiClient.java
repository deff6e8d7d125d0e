package jp.kizuna.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for tests that drive a service or the gateway over real HTTP. */
public final class ApiClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public ApiClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    private static final String API_KEY_SCHEME = "ApiKey ";

    /** A partner's API key, to pass wherever a token goes: it is sent as {@code Authorization: ApiKey <key>}. */
    public static String apiKey(String key) {
        return API_KEY_SCHEME + key;
    }

    public Response get(String path) {
        return send(request(path, null).GET());
    }

    public Response get(String path, String token) {
        return send(request(path, token).GET());
    }

    /** A conditional GET: {@code If-None-Match} with a tag the client holds (a 304 has no body). */
    public Response getIfNoneMatch(String path, String token, String etag) {
        return send(request(path, token).header("If-None-Match", etag).GET());
    }

    /** A GET that accepts another media type than JSON, e.g. {@code text/html} or {@code text/csv}. */
    public Response getAccepting(String path, String accept) {
        return send(request(path, null).setHeader("Accept", accept + ", application/problem+json").GET());
    }

    public Response post(String path, String token, String jsonBody) {
        return send(request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(jsonBody)));
    }

    /** A JSON POST with headers of the caller's own, e.g. a {@code traceparent}. */
    public Response post(String path, String token, String jsonBody, Map<String, String> headers) {
        HttpRequest.Builder builder = request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(jsonBody));
        headers.forEach(builder::header);
        return send(builder);
    }

    public Response put(String path, String token, String jsonBody, String ifMatch) {
        HttpRequest.Builder builder = request(path, token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(jsonBody));
        if (ifMatch != null) {
            builder.header("If-Match", ifMatch);
        }
        return send(builder);
    }

    public Response send(String method, String path, String token, String contentType, String body) {
        return send(method, path, token, contentType, body, null);
    }

    /** Any request, with an {@code If-Match} header when {@code ifMatch} is given. */
    public Response send(String method, String path, String token, String contentType, String body, String ifMatch) {
        HttpRequest.Builder builder = request(path, token)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        if (ifMatch != null) {
            builder.header("If-Match", ifMatch);
        }
        return send(builder);
    }

    /** A GET of a binary resource such as a PDF: status, content type and bytes. */
    public HttpResponse<byte[]> download(String path, String accept) {
        try {
            return http.send(request(path, null).setHeader("Accept", accept + ", application/problem+json").GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json, application/problem+json");
        if (token != null) {
            builder.header("Authorization", token.startsWith(API_KEY_SCHEME) ? token : "Bearer " + token);
        }
        return builder;
    }

    private Response send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response with its body as text and, when it is JSON, as a tree. */
    public record Response(int status, String body, HttpResponse<String> raw) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public Optional<String> header(String name) {
            return raw.headers().firstValue(name);
        }

        public String contentType() {
            return header("Content-Type").orElse("");
        }

        public boolean isProblem() {
            return contentType().startsWith("application/problem+json");
        }
    }
}
