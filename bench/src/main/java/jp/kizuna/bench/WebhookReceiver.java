package jp.kizuna.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;

/**
 * A partner's system on loopback for the webhook drill and benchmark: an HTTP server that records every
 * call (its webhook-id, the CloudEvent's type, subject and sequence, and when it answered) and answers
 * 2xx after an optional delay, or 503 while it is "down".
 */
final class WebhookReceiver implements AutoCloseable {

    /**
     * A call as the receiver answered it; {@code receivedNanos} is {@link System#nanoTime()} when it came in,
     * {@code answeredNanos} just before the answer.
     */
    record Call(String webhookId, String type, String subject, long sequence, int status, long receivedNanos,
                long answeredNanos) {

        boolean accepted() {
            return status >= 200 && status < 300;
        }
    }

    private final String name;
    private final Duration delay;
    private final AtomicBoolean up;
    private final HttpServer server;
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final List<Call> calls = new CopyOnWriteArrayList<>();

    private WebhookReceiver(String name, Duration delay, boolean up) throws IOException {
        this.name = name;
        this.delay = delay;
        this.up = new AtomicBoolean(up);
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 100);
        server.setExecutor(threads);
        server.createContext("/hooks", this::handle);
        server.start();
    }

    /** Answers 204 at once. */
    static WebhookReceiver fine(String name) throws IOException {
        return new WebhookReceiver(name, Duration.ZERO, true);
    }

    /** Answers 204 after the delay. */
    static WebhookReceiver slow(String name, Duration delay) throws IOException {
        return new WebhookReceiver(name, delay, true);
    }

    /** Answers 503 until {@link #bringUp()}. */
    static WebhookReceiver down(String name) throws IOException {
        return new WebhookReceiver(name, Duration.ZERO, false);
    }

    String name() {
        return name;
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/" + name;
    }

    void bringUp() {
        up.set(true);
    }

    List<Call> calls() {
        return List.copyOf(calls);
    }

    /** The calls answered 2xx, each webhook-id once (the first), in the order they were answered. */
    List<Call> received() {
        return firstAccepted(calls);
    }

    /** Of these calls, those answered 2xx, each webhook-id once (the first), in their order. */
    static List<Call> firstAccepted(List<Call> calls) {
        Set<String> seen = new LinkedHashSet<>();
        List<Call> first = new ArrayList<>();
        for (Call call : calls) {
            if (call.accepted() && seen.add(call.webhookId())) {
                first.add(call);
            }
        }
        return first;
    }

    /** When each subject's first accepted call of a type was answered. */
    Map<String, Long> answeredBySubject(java.util.function.Predicate<String> type) {
        Map<String, Long> answered = new LinkedHashMap<>();
        for (Call call : received()) {
            if (type.test(call.type())) {
                answered.putIfAbsent(call.subject(), call.answeredNanos());
            }
        }
        return answered;
    }

    private void handle(HttpExchange exchange) throws IOException {
        long received = System.nanoTime();
        byte[] body = exchange.getRequestBody().readAllBytes();
        String webhookId = exchange.getRequestHeaders().getFirst("webhook-id");
        String type = "";
        String subject = "";
        long sequence = -1;
        try {
            JsonNode event = Http.JSON.readTree(new String(body, StandardCharsets.UTF_8));
            type = event.path("type").asString("");
            subject = event.path("subject").asString("");
            sequence = Long.parseLong(event.path("sequence").asString("-1"));
        } catch (RuntimeException e) {
            // recorded as it came; the drill counts a call it cannot read as a broken invariant
        }
        if (!delay.isZero()) {
            try {
                Thread.sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        int status = up.get() ? 204 : 503;
        calls.add(new Call(webhookId, type, subject, sequence, status, received, System.nanoTime()));
        try (OutputStream ignored = exchange.getResponseBody()) {
            exchange.sendResponseHeaders(status, -1);
        } catch (IOException e) {
            // the dispatcher hung up (its timeout, or it was killed)
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
