package jp.kizuna.localstack;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** How the launcher tells that a component is ready to serve. */
@FunctionalInterface
public interface ReadinessProbe {

    HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    boolean isReady();

    /** Something accepts connections on the port. */
    static ReadinessProbe tcp(int port) {
        return () -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
                return true;
            } catch (IOException notYet) {
                return false;
            }
        };
    }

    /** Spring Boot's readiness group answers 200. */
    static ReadinessProbe readinessEndpoint(int port) {
        URI uri = URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness");
        return () -> {
            try {
                HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(3)).build(),
                        HttpResponse.BodyHandlers.discarding());
                return response.statusCode() == 200;
            } catch (IOException notYet) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        };
    }

    /** The process's log contains a line that it writes once it is ready (and the port is open). */
    static ReadinessProbe logLine(Path log, String text, int port) {
        ReadinessProbe tcp = tcp(port);
        return () -> {
            try {
                return Files.exists(log)
                        && Files.readString(log, StandardCharsets.UTF_8).contains(text)
                        && tcp.isReady();
            } catch (IOException e) {
                return false;
            }
        };
    }
}
