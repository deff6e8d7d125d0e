package jp.kizuna.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
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

    /** The answer (header names in lower case), or {@code status} -1 with the exception when there was none. */
    record Answer(int status, String contentType, String body, Map<String, List<String>> headers, String failure) {

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
            List<String> values = headers(name);
            return values.isEmpty() ? null : values.getFirst();
        }

        List<String> headers(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
        }
    }

    private static final Duration TOKEN_LIFETIME = Duration.ofMinutes(2);

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String gateway;
    private final Function<String, String> issuer;
    private final Map<String, String> tokens = new LinkedHashMap<>();
    private final Map<String, Long> issuedAt = new LinkedHashMap<>();
    private long rawSends;

    /**
     * @param issuer issues an access token for a role ({@code city-admin}, {@code resident} …)
     */
    FuzzClient(String gateway, Function<String, String> issuer) {
        this.gateway = gateway;
        this.issuer = issuer;
    }

    /** Calls the JDK's client would not send, sent over a plain socket instead. */
    long rawSends() {
        return rawSends;
    }

    String token(String role) {
        Long issued = issuedAt.get(role);
        if (issued == null || System.nanoTime() - issued > TOKEN_LIFETIME.toNanos()) {
            tokens.put(role, issuer.apply(role));
            issuedAt.put(role, System.nanoTime());
        }
        return tokens.get(role);
    }

    /**
     * Sends the call; one the JDK's client will not send (a control or non-Latin-1 character in a header)
     * goes over a plain socket, as a client that does not check would send it.
     */
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
            return sendRaw(call);
        }
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            Map<String, List<String>> headers = new TreeMap<>();
            response.headers().map().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), headers, null);
        } catch (IOException e) {
            return new Answer(-1, "", "", Map.of(), e.toString());
        }
    }

    /** HTTP/1.1 over a socket, the header values as UTF-8 bytes, the connection closed after the answer. */
    private Answer sendRaw(Call call) {
        rawSends++;
        URI target = URI.create(gateway);
        try (Socket socket = new Socket(target.getHost(), target.getPort())) {
            socket.setSoTimeout(60_000);
            ByteArrayOutputStream request = new ByteArrayOutputStream();
            StringBuilder head = new StringBuilder(call.method()).append(' ').append(call.pathAndQuery())
                    .append(" HTTP/1.1\r\nHost: ").append(target.getHost()).append(':').append(target.getPort())
                    .append("\r\nConnection: close\r\n");
            call.headers().forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            if (call.body() != null) {
                head.append("Content-Length: ").append(call.body().length).append("\r\n");
            }
            request.writeBytes(head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
            if (call.body() != null) {
                request.writeBytes(call.body());
            }
            socket.getOutputStream().write(request.toByteArray());
            socket.getOutputStream().flush();
            return parse(socket.getInputStream().readAllBytes());
        } catch (IOException | RuntimeException e) {
            return new Answer(-1, "", "", Map.of(), "sent over a socket: " + e);
        }
    }

    /** An HTTP/1.1 answer read to the end of the connection (a chunked body put together). */
    static Answer parse(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            return new Answer(-1, "", "", Map.of(), "no complete answer (" + bytes.length + " bytes)");
        }
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, List<String>> headers = new TreeMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.computeIfAbsent(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), name -> new ArrayList<>())
                        .add(lines[i].substring(colon + 1).strip());
            }
        }
        byte[] body = java.util.Arrays.copyOfRange(bytes, end + 4, bytes.length);
        if (headers.getOrDefault("transfer-encoding", List.of()).contains("chunked")) {
            body = unchunked(body);
        }
        return new Answer(status, headers.getOrDefault("content-type", List.of("")).getFirst(),
                new String(body, StandardCharsets.UTF_8), headers, null);
    }

    private static byte[] unchunked(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = 0;
        while (at < body.length) {
            int lineEnd = at;
            while (lineEnd + 1 < body.length && !(body[lineEnd] == '\r' && body[lineEnd + 1] == '\n')) {
                lineEnd++;
            }
            String size = new String(body, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].strip();
            int length = size.isEmpty() ? 0 : Integer.parseInt(size, 16);
            if (length == 0) {
                break;
            }
            out.write(body, lineEnd + 2, Math.min(length, body.length - lineEnd - 2));
            at = lineEnd + 2 + length + 2;
        }
        return out.toByteArray();
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
