package jp.kizuna.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import tools.jackson.databind.JsonNode;

/**
 * Puts a fixed number of connections on one URL for a fixed time after a warm-up: with wrk (Debian
 * package) where it is installed, reading its latency histogram through a Lua {@code done} hook, or
 * else with a closed loop of virtual threads in this JVM (then the load generator shares the CPU with
 * the Java client, which the report says).
 */
final class LoadGenerator {

    private static final String WRK_REPORT = """
            done = function(summary, latency, requests)
              local e = summary.errors
              io.write(string.format('{"requests": %d, "duration_us": %d, "errors": %d, "non2xx": %d, '
                .. '"p50_us": %d, "p99_us": %d, "p999_us": %d}\\n', summary.requests, summary.duration,
                e.connect + e.read + e.write + e.timeout, e.status,
                latency:percentile(50), latency:percentile(99), latency:percentile(99.9)))
            end
            """;

    private final Path workDir;
    private final boolean wrk;

    LoadGenerator(Path workDir) {
        this.workDir = workDir;
        this.wrk = onPath("wrk");
    }

    String tool() {
        return wrk ? "wrk" : "java closed loop (wrk not installed)";
    }

    static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    Map<String, Object> run(String url, int connections, int seconds, int warmupSeconds) throws Exception {
        if (wrk) {
            wrk(url, connections, warmupSeconds);
            return wrk(url, connections, seconds);
        }
        closedLoop(url, connections, warmupSeconds);
        return closedLoop(url, connections, seconds);
    }

    private Map<String, Object> wrk(String url, int connections, int seconds) throws IOException, InterruptedException {
        Path script = workDir.resolve("wrk-report.lua");
        Files.createDirectories(workDir);
        Files.writeString(script, WRK_REPORT, StandardCharsets.UTF_8);
        Process process = new ProcessBuilder("wrk", "-t", "2", "-c", Integer.toString(connections), "-d", seconds + "s",
                "--timeout", "5s", "-s", script.toString(), url).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(seconds + 30L, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        String last = output.strip().lines().filter(line -> line.startsWith("{")).reduce((a, b) -> b)
                .orElseThrow(() -> new IllegalStateException("wrk printed no report: " + output));
        JsonNode report = Http.JSON.readTree(last);
        double duration = report.get("duration_us").asLong() / 1_000_000.0;
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("connections", connections);
        result.put("requests", report.get("requests").asLong());
        result.put("requests_per_s", Math.round(report.get("requests").asLong() / duration));
        result.put("errors", report.get("errors").asLong() + report.get("non2xx").asLong());
        result.put("p50_ms", report.get("p50_us").asLong() / 1000.0);
        result.put("p99_ms", report.get("p99_us").asLong() / 1000.0);
        result.put("p99_9_ms", report.get("p999_us").asLong() / 1000.0);
        return result;
    }

    private Map<String, Object> closedLoop(String url, int connections, int seconds) throws InterruptedException {
        Http http = new Http();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicLong errors = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < connections; i++) {
                threads.submit(() -> {
                    while (System.nanoTime() < end) {
                        Http.Answer answer = http.get(url, null);
                        latencies.add(answer.nanos());
                        if (!answer.ok()) {
                            errors.incrementAndGet();
                        }
                    }
                });
            }
        }
        long[] nanos = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("connections", connections);
        result.put("requests", nanos.length);
        result.put("requests_per_s", Math.round(nanos.length / (double) seconds));
        result.put("errors", errors.get());
        result.put("p50_ms", Latencies.ms(Latencies.percentile(nanos, 50)));
        result.put("p99_ms", Latencies.ms(Latencies.percentile(nanos, 99)));
        result.put("p99_9_ms", Latencies.ms(Latencies.percentile(nanos, 99.9)));
        return result;
    }

    static List<Integer> concurrencies() {
        List<Integer> levels = new ArrayList<>();
        for (String level : System.getenv().getOrDefault("KIZUNA_BENCH_CONNECTIONS", "4,16,64").split(",")) {
            levels.add(Integer.parseInt(level.strip()));
        }
        return levels;
    }
}
