package jp.kizuna.events.webhook;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntFunction;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A partner's systems in the test: an HTTP server on loopback whose endpoints ({@code /hooks/<name>})
 * record every call and answer as told — a status per call number, optionally after a delay.
 */
final class Receiver implements AutoCloseable {

    /** A call as the receiver got it. */
    record Call(String endpoint, int number, Instant at, String contentType, String webhookId, String timestamp,
                String signature, String body) {
    }

    /** How an endpoint answers its n-th call (counted from 1): a status, after a delay. */
    record Behaviour(IntFunction<Integer> status, Duration delay) {

        static Behaviour ok() {
            return new Behaviour(n -> 200, Duration.ZERO);
        }
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final Map<String, Behaviour> behaviours = new ConcurrentHashMap<>();
    private final Map<String, List<Call>> calls = new ConcurrentHashMap<>();

    Receiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.setExecutor(threads);
        server.createContext("/hooks/", this::handle);
        server.start();
    }

    /** The URL of a new endpoint that answers as told. */
    String endpoint(String name, Behaviour behaviour) {
        behaviours.put(name, behaviour);
        calls.put(name, new CopyOnWriteArrayList<>());
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/" + name;
    }

    void answer(String name, Behaviour behaviour) {
        behaviours.put(name, behaviour);
    }

    List<Call> calls(String name) {
        return List.copyOf(calls.getOrDefault(name, List.of()));
    }

    private void handle(HttpExchange exchange) throws IOException {
        String name = exchange.getRequestURI().getPath().substring("/hooks/".length());
        Instant at = Instant.now();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        List<Call> received = calls.computeIfAbsent(name, n -> new CopyOnWriteArrayList<>());
        Behaviour behaviour = behaviours.getOrDefault(name, new Behaviour(n -> 404, Duration.ZERO));
        int number;
        synchronized (received) {
            number = received.size() + 1;
            received.add(new Call(name, number, at, exchange.getRequestHeaders().getFirst("Content-Type"),
                    exchange.getRequestHeaders().getFirst("webhook-id"), exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                    exchange.getRequestHeaders().getFirst("webhook-signature"), body));
        }
        try {
            Thread.sleep(behaviour.delay());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        int status = behaviour.status().apply(number);
        byte[] answer = ("{\"received\": " + number + "}").getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = exchange.getResponseBody()) {
            exchange.sendResponseHeaders(status, answer.length);
            out.write(answer);
        } catch (IOException e) {
            // the dispatcher gave up waiting and closed the connection
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
