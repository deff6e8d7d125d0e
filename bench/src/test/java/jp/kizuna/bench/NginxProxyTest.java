package jp.kizuna.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark's nginx is its own: everything it writes is in its directory, it listens on loopback,
 * it runs as the benchmark's child, and stopping it stops exactly what the benchmark started.
 */
class NginxProxyTest {

    @TempDir
    Path dir;

    @Test
    void theConfigurationKeepsThePidFileLogsAndTemporaryFilesInItsOwnDirectory() {
        String config = NginxProxy.config(dir, 8081, 40123);

        assertThat(config).contains("pid " + dir + "/nginx.pid;", "error_log " + dir + "/error.log",
                "client_body_temp_path " + dir + "/tmp/body", "listen 127.0.0.1:40123;", "server 127.0.0.1:8081;");
        assertThat(config).doesNotContain("/var/", "/etc/", "/run/", "include");
    }

    @Test
    void itRunsInTheForegroundWithItsOwnPrefixConfigurationAndErrorLog() {
        assertThat(NginxProxy.command("nginx", dir, true)).containsExactly("nginx", "-p", dir.toString(),
                "-c", dir.resolve("nginx.conf").toString(), "-e", dir.resolve("error.log").toString(), "-g", "daemon off;");
        assertThat(NginxProxy.command("nginx", dir, false)).doesNotContain("-e").endsWith("-g", "daemon off;");
    }

    @Test
    void theEarlyErrorLogFlagIsUsedFromNginx1195On() {
        assertThat(NginxProxy.supportsErrorLogFlag("nginx version: nginx/1.22.1")).isTrue();
        assertThat(NginxProxy.supportsErrorLogFlag("nginx version: nginx/1.19.5")).isTrue();
        assertThat(NginxProxy.supportsErrorLogFlag("nginx version: nginx/1.18.0")).isFalse();
        assertThat(NginxProxy.supportsErrorLogFlag("nginx: command not found")).isFalse();
    }

    @Test
    void stoppingEndsTheProcessStartedAndItsChildrenAndNothingElse() throws IOException, InterruptedException {
        // a master that ignores SIGTERM and has a worker, as the worst case; and someone else's process
        Process master = new ProcessBuilder("sh", "-c", "trap '' TERM; sleep 60 & wait").start();
        Process unrelated = new ProcessBuilder("sleep", "60").start();
        try {
            awaitChild(master);
            List<ProcessHandle> workers = master.descendants().toList();

            NginxProxy.stop(master, Duration.ofMillis(500));

            assertThat(master.isAlive()).isFalse();
            assertThat(workers).isNotEmpty().noneMatch(NginxProxy::running);
            assertThat(unrelated.isAlive()).as("a process the benchmark did not start this way").isTrue();
        } finally {
            unrelated.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            master.destroyForcibly();
        }
    }

    @Test
    void whereNginxIsInstalledItProxiesAndStopsExactlyTheInstanceItStarted() throws Exception {
        assumeTrue(NginxProxy.available(), "nginx is not installed (bin/bench-tools installs it)");
        HttpServer service = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        service.createContext("/", exchange -> {
            byte[] body = "[]".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        service.start();
        try {
            NginxProxy nginx = NginxProxy.start(dir, service.getAddress().getPort());
            long master = Long.parseLong(Files.readString(dir.resolve("nginx.pid")).strip());
            List<ProcessHandle> started = ProcessHandle.of(master).orElseThrow().descendants().toList();
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + nginx.port + "/api/registry/organizations")).build(),
                    HttpResponse.BodyHandlers.ofString());

            nginx.close();

            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).isEqualTo("[]");
            assertThat(started).as("its worker").isNotEmpty().noneMatch(NginxProxy::running);
            assertThat(ProcessHandle.of(master).filter(NginxProxy::running)).isEmpty();
        } finally {
            service.stop(0);
        }
    }

    private static void awaitChild(Process process) throws InterruptedException {
        for (int i = 0; i < 50 && process.descendants().findAny().isEmpty(); i++) {
            Thread.sleep(20);
        }
    }
}
