package jp.kizuna.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;

/**
 * The fuzzing drill's HTTP client: HTTP/1.1 (so that a body of unknown length goes chunked), the URL
 * as given (already percent-encoded), any header and body, and the caller's tokens by role, issued
 * again before they can expire.
 */
final class FuzzClient {

    /** What was sent, as a reproducer shows it. */
    record Call(String method, String pathAndQuery, Map<String, String> headers, byte[] body, boolean chunked) {

        String bodyText() {
            return body == null ? null : new String(body, StandardCharsets.UTF_8);
        }
    }

    /** The answer, or {@code status} -1 with the exception when there was none. */
    record Answer(int status, String contentType, String body, HttpResponse<String> response, String failure) {

        boolean ok() {
            return status >= 200 && status < 300;
        }

        JsonNode json() {
            try {
                return Http.JSON.readTree(body);
            } catch (RuntimeException e) {
                return Http.JSON.missingNode();
            }
        }

        String header(String name) {
            return response == null ? null : response.headers().firstValue(name).orElse(null);
        }
    }

    private static final Duration TOKEN_LIFETIME = Duration.ofMinutes(2);

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String gateway;
    private final Function<String, String> issuer;
    private final Map<String, String> tokens = new LinkedHashMap<>();
    private final Map<String, Long> issuedAt = new LinkedHashMap<>();

    /**
     * @param issuer issues an access token for a role ({@code city-admin}, {@code resident} …)
     */
    FuzzClient(String gateway, Function<String, String> issuer) {
        this.gateway = gateway;
        this.issuer = issuer;
    }

    String token(String role) {
        Long issued = issuedAt.get(role);
        if (issued == null || System.nanoTime() - issued > TOKEN_LIFETIME.toNanos()) {
            tokens.put(role, issuer.apply(role));
            issuedAt.put(role, System.nanoTime());
        }
        return tokens.get(role);
    }

    /** Sends the call; a header or URL the JDK's client will not send at all gives {@code null}. */
    Answer send(Call call) throws InterruptedException {
        HttpRequest request;
        try {
            HttpRequest.BodyPublisher body = call.body() == null ? HttpRequest.BodyPublishers.noBody()
                    : call.chunked() ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(call.body()))
                    : HttpRequest.BodyPublishers.ofByteArray(call.body());
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(gateway + call.pathAndQuery()))
                    .timeout(Duration.ofSeconds(60)).method(call.method(), body);
            call.headers().forEach(builder::header);
            request = builder.build();
        } catch (IllegalArgumentException e) {
            return null;
        }
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), response, null);
        } catch (IOException e) {
            return new Answer(-1, "", "", null, e.toString());
        }
    }

    /** A JSON call with a role's token, for setting up fixtures. */
    Answer json(String method, String pathAndQuery, String role, String body, String ifMatch) throws InterruptedException {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", "Bearer " + token(role));
        if (body != null) {
            headers.put("Content-Type", "application/json");
        }
        if (ifMatch != null) {
            headers.put("If-Match", ifMatch);
        }
        return send(new Call(method, pathAndQuery, headers, body == null ? null : body.getBytes(StandardCharsets.UTF_8), false));
    }
}
