package jp.kizuna.web.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Function;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The public API as the pages reach it, in the test JVM: each test says what a path answers, and every call is
 * recorded with its query, headers and body, so a test can say what the page asked the API. A path nobody set
 * answers 404 with the platform's not-found problem, as the gateway does.
 */
public final class FakePublicApi {

    /** A call the web made. Its path and query parameters are decoded, as a servlet container decodes them. */
    public record Call(String method, String path, Map<String, List<String>> query, Map<String, List<String>> headers,
                       String body) {

        public String query(String name) {
            List<String> values = query.get(name);
            return values == null ? null : values.getFirst();
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().getFirst()).findFirst().orElse(null);
        }
    }

    /** What the API answers; {@code hangUp} closes the connection without a word, as a dead gateway would. */
    public record Answer(int status, String contentType, String body, boolean silent, Map<String, String> headers) {

        public Answer {
            headers = Map.copyOf(headers);
        }

        public static Answer json(String body) {
            return new Answer(200, "application/json", body, false, Map.of());
        }

        public static Answer created(String body) {
            return new Answer(201, "application/json", body, false, Map.of());
        }

        public Answer withHeader(String name, String value) {
            Map<String, String> more = new LinkedHashMap<>(headers);
            more.put(name, value);
            return new Answer(status, contentType, body, silent, more);
        }

        public static Answer problem(int status, String kind, String detail, Map<String, Object> extensions) {
            StringBuilder json = new StringBuilder("{\"type\":\"urn:kizuna:problem:").append(kind).append("\",\"status\":")
                    .append(status).append(",\"title\":\"").append(kind).append("\",\"detail\":").append(Json.string(detail));
            extensions.forEach((name, value) -> json.append(",\"").append(name).append("\":").append(Json.value(value)));
            return new Answer(status, "application/problem+json", json.append('}').toString(), false, Map.of());
        }

        public static Answer problem(int status, String kind, String detail) {
            return problem(status, kind, detail, Map.of());
        }

        public static Answer text(int status, String contentType, String body) {
            return new Answer(status, contentType, body, false, Map.of());
        }

        public static Answer hangUp() {
            return new Answer(0, null, null, true, Map.of());
        }
    }

    private final HttpServer server;
    private final Map<String, Function<Call, Answer>> answers = new ConcurrentHashMap<>();
    private final List<Call> calls = new CopyOnWriteArrayList<>();

    public FakePublicApi() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
        } catch (IOException e) {
            throw new IllegalStateException("cannot open the fake API", e);
        }
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::handle);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public void on(String method, String path, Answer answer) {
        on(method, path, call -> answer);
    }

    public void on(String method, String path, Function<Call, Answer> answer) {
        answers.put(method + " " + path, answer);
    }

    /** Every call so far, oldest first. */
    public List<Call> calls() {
        return List.copyOf(calls);
    }

    public List<Call> calls(String method, String path) {
        return calls.stream().filter(c -> c.method().equals(method) && c.path().equals(path)).toList();
    }

    public Call lastCall(String method, String path) {
        List<Call> made = calls(method, path);
        if (made.isEmpty()) {
            throw new AssertionError("no " + method + " " + path + " was made; the calls were: "
                    + calls.stream().map(c -> c.method() + " " + c.path()).toList());
        }
        return made.getLast();
    }

    /** Forgets every answer and call: each test starts from an API that knows nothing. */
    public void reset() {
        answers.clear();
        calls.clear();
    }

    public void stop() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            URI uri = exchange.getRequestURI();
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Call call = new Call(exchange.getRequestMethod(), uri.getPath(), decode(uri.getRawQuery()),
                    Map.copyOf(exchange.getRequestHeaders()), body);
            calls.add(call);
            Function<Call, Answer> answer = answers.get(call.method() + " " + call.path());
            Answer given = answer == null
                    ? Answer.problem(404, "not-found", "No " + call.method() + " " + call.path() + " here.")
                    : answer.apply(call);
            if (given.silent()) {
                return;
            }
            byte[] bytes = given.body() == null ? new byte[0] : given.body().getBytes(StandardCharsets.UTF_8);
            given.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
            if (given.contentType() != null) {
                exchange.getResponseHeaders().set("Content-Type", given.contentType() + ";charset=UTF-8");
            }
            exchange.sendResponseHeaders(given.status(), bytes.length == 0 ? -1 : bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private static Map<String, List<String>> decode(String rawQuery) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return query;
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            query.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return query;
    }
}
