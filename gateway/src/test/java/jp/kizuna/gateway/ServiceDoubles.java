package jp.kizuna.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

/** What the gateway tests put behind the gateway: small HTTP services on loopback, and a few helpers. */
public final class ServiceDoubles {

    private ServiceDoubles() {
    }

    /** A service that answers every call with {@code handler}, ten calls at a time. */
    public static HttpServer serving(HttpHandler handler) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
            server.setExecutor(Executors.newFixedThreadPool(10));
            server.createContext("/", handler);
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A service that answers every call with 200 and an empty JSON list. */
    public static HttpServer answeringEmptyList() {
        return serving(exchange -> respondJson(exchange, "[]"));
    }

    /** The same, after {@code delay}, noting the request headers of every call in {@code received}. */
    public static HttpServer answeringEmptyList(List<Map<String, List<String>>> received, Duration delay) {
        return serving(exchange -> {
            received.add(Map.copyOf(exchange.getRequestHeaders()));
            try {
                Thread.sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            respondJson(exchange, "[]");
        });
    }

    /** Answers the call with 200 and this JSON. */
    public static void respondJson(HttpExchange exchange, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    /** A port nothing listens on: a service that is down. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
