package jp.kizuna.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The load generator against a small local server: a target that takes only 200 counts a redirect (a
 * page sending an expired session to the sign-in page) as an error, with wrk as with the Java loop; the
 * headers go with every request; the 95th percentile is reported.
 */
class LoadGeneratorTest {

    @TempDir
    Path work;

    HttpServer server;
    final Set<String> cookiesSeen = ConcurrentHashMap.newKeySet();

    @BeforeEach
    void startServer() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/page", exchange -> {
            String cookie = exchange.getRequestHeaders().getFirst("Cookie");
            if (cookie != null) {
                cookiesSeen.add(cookie);
            }
            byte[] body = "<p>ok</p>".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.createContext("/expired", exchange -> {
            exchange.getResponseHeaders().set("Location", "/oauth2/authorization/kizuna");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    static long count(Map<String, Object> run, String key) {
        return ((Number) run.get(key)).longValue();
    }

    @Test
    void aRedirectIsAnErrorForATargetThatTakesOnly200InTheJavaLoop() throws Exception {
        Map<String, Object> run = new LoadGenerator(work, false)
                .run(new LoadGenerator.Target(url("/expired"), Map.of(), true), 2, 1, 1);

        assertThat(count(run, "requests")).isPositive();
        assertThat(count(run, "errors")).isEqualTo(count(run, "requests"));
        assertThat(count(run, "not_200")).isEqualTo(count(run, "requests"));
        assertThat(run).containsEntry("first_not_200_status", 302);
    }

    @Test
    void aRedirectIsAnErrorForATargetThatTakesOnly200WithWrk() throws Exception {
        assumeTrue(LoadGenerator.onPath("wrk"), "wrk is not installed (apt-get install wrk)");
        Map<String, Object> run = new LoadGenerator(work, true)
                .run(new LoadGenerator.Target(url("/expired"), Map.of(), true), 2, 1, 1);

        assertThat(count(run, "requests")).isPositive();
        assertThat(count(run, "not_200")).isEqualTo(count(run, "requests"));
        assertThat(count(run, "errors")).isEqualTo(count(run, "requests"));
        assertThat(run).containsEntry("first_not_200_status", 302);
    }

    @Test
    void theHeadersGoWithEveryRequestAndA200IsNoError() throws Exception {
        for (boolean wrk : new boolean[] {false, true}) {
            if (wrk && !LoadGenerator.onPath("wrk")) {
                continue;
            }
            cookiesSeen.clear();
            Map<String, Object> run = new LoadGenerator(work, wrk)
                    .run(new LoadGenerator.Target(url("/page"), Map.of("Cookie", "KIZUNA_SESSION=abc"), true), 2, 1, 1);

            assertThat(count(run, "requests")).isPositive();
            assertThat(count(run, "errors")).isZero();
            assertThat(count(run, "not_200")).isZero();
            assertThat(run).doesNotContainKey("first_not_200_status");
            assertThat(cookiesSeen).containsExactly("KIZUNA_SESSION=abc");
        }
    }

    @Test
    void theNinetyFifthPercentileLiesBetweenTheMedianAndTheNinetyNinth() throws Exception {
        Map<String, Object> run = new LoadGenerator(work, false).run(url("/page"), 2, 1, 1);

        double p50 = (double) run.get("p50_ms");
        double p95 = (double) run.get("p95_ms");
        double p99 = (double) run.get("p99_ms");
        assertThat(p95).isBetween(p50, p99);
    }
}
