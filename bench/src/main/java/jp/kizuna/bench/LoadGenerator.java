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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import tools.jackson.databind.JsonNode;

/**
 * Puts a fixed number of connections on one URL for a fixed time after a warm-up: with wrk (Debian
 * package) where it is installed, reading its latency histogram through a Lua {@code done} hook, or
 * else with a closed loop of virtual threads in this JVM (then the load generator shares the CPU with
 * the Java client, which the report says). wrk corrects its percentiles for coordinated omission: for
 * every answer slower than twice the mean interval it adds the answers that would have been waiting
 * meanwhile at the run's rate, so with a few connections one stall of a second becomes several percent
 * of the samples. The closed loop reports every request's latency as measured.
 */
final class LoadGenerator {

    private static final String WRK_REPORT = """
            done = function(summary, latency, requests)
              local e = summary.errors
              io.write(string.format('{"requests": %d, "duration_us": %d, "errors": %d, "non2xx": %d, '
                .. '"p50_us": %d, "p95_us": %d, "p99_us": %d, "p999_us": %d}\\n', summary.requests, summary.duration,
                e.connect + e.read + e.write + e.timeout, e.status, latency:percentile(50), latency:percentile(95),
                latency:percentile(99), latency:percentile(99.9)))
            end
            """;

    /**
     * wrk's own status count takes only 4xx and 5xx; this one counts every answer but 200 (a redirect to
     * the sign-in page included) in each thread and reports the total and the first such status. Slower
     * for wrk (it reads every answer's headers), so only for the targets that ask for it.
     */
    private static final String WRK_ONLY_200 = """
            local threads = {}
            setup = function(thread)
              table.insert(threads, thread)
            end
            init = function(args)
              not200 = 0
              first = 0
            end
            response = function(status, headers, body)
              if status ~= 200 then
                not200 = not200 + 1
                if first == 0 then first = status end
              end
            end
            done = function(summary, latency, requests)
              local e = summary.errors
              local n, f = 0, 0
              for _, thread in ipairs(threads) do
                n = n + thread:get("not200")
                if f == 0 then f = thread:get("first") end
              end
              io.write(string.format('{"requests": %d, "duration_us": %d, "errors": %d, "non2xx": %d, '
                .. '"not200": %d, "first_not200": %d, '
                .. '"p50_us": %d, "p95_us": %d, "p99_us": %d, "p999_us": %d}\\n', summary.requests, summary.duration,
                e.connect + e.read + e.write + e.timeout, e.status, n, f, latency:percentile(50), latency:percentile(95),
                latency:percentile(99), latency:percentile(99.9)))
            end
            """;

    /**
     * What to load: a URL, the headers every request carries (a session cookie, {@code Accept}), and
     * whether any answer but 200 is an error ({@code only200}; otherwise, as wrk counts, 4xx, 5xx and
     * socket errors only).
     */
    record Target(String url, Map<String, String> headers, boolean only200) {

        static Target of(String url) {
            return new Target(url, Map.of(), false);
        }
    }

    private final Path workDir;
    private final boolean wrk;

    LoadGenerator(Path workDir) {
        this(workDir, onPath("wrk"));
    }

    /** With wrk or with the Java closed loop, as {@code wrk} says (wrk must then be on the PATH). */
    LoadGenerator(Path workDir, boolean wrk) {
        this.workDir = workDir;
        this.wrk = wrk;
    }

    String tool() {
        return wrk ? "wrk" : onPath("wrk") ? "java closed loop" : "java closed loop (wrk not installed)";
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
        return run(Target.of(url), connections, seconds, warmupSeconds);
    }

    /**
     * Warms up for {@code warmupSeconds}, then measures for {@code seconds}: requests, requests/s, errors
     * (with {@code not_200} and the first such status when the target takes only 200) and p50, p95, p99, p99.9.
     */
    Map<String, Object> run(Target target, int connections, int seconds, int warmupSeconds) throws Exception {
        measure(target, connections, warmupSeconds);
        return measure(target, connections, seconds);
    }

    /** One run without a warm-up (for a caller that warms up itself and reads something around the run). */
    Map<String, Object> measure(Target target, int connections, int seconds) throws Exception {
        return wrk ? wrk(target, connections, seconds) : closedLoop(target, connections, seconds);
    }

    private Map<String, Object> wrk(Target target, int connections, int seconds) throws IOException, InterruptedException {
        Path script = workDir.resolve(target.only200() ? "wrk-only-200.lua" : "wrk-report.lua");
        Files.createDirectories(workDir);
        Files.writeString(script, target.only200() ? WRK_ONLY_200 : WRK_REPORT, StandardCharsets.UTF_8);
        List<String> command = new ArrayList<>(List.of("wrk", "-t", "2", "-c", Integer.toString(connections),
                "-d", seconds + "s", "--timeout", "5s", "-s", script.toString()));
        target.headers().forEach((name, value) -> command.addAll(List.of("-H", name + ": " + value)));
        command.add(target.url());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
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
        if (target.only200()) {
            // every 4xx and 5xx wrk counts is among these
            result.put("errors", report.get("errors").asLong() + report.get("not200").asLong());
            result.put("not_200", report.get("not200").asLong());
            if (report.get("not200").asLong() > 0) {
                result.put("first_not_200_status", report.get("first_not200").asInt());
            }
        } else {
            result.put("errors", report.get("errors").asLong() + report.get("non2xx").asLong());
        }
        result.put("p50_ms", report.get("p50_us").asLong() / 1000.0);
        result.put("p95_ms", report.get("p95_us").asLong() / 1000.0);
        result.put("p99_ms", report.get("p99_us").asLong() / 1000.0);
        result.put("p99_9_ms", report.get("p999_us").asLong() / 1000.0);
        return result;
    }

    private Map<String, Object> closedLoop(Target target, int connections, int seconds) throws InterruptedException {
        Http http = new Http();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicLong errors = new AtomicLong();
        AtomicLong not200 = new AtomicLong();
        AtomicInteger firstNot200 = new AtomicInteger();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < connections; i++) {
                threads.submit(() -> {
                    while (System.nanoTime() < end) {
                        Http.Answer answer = http.getWith(target.url(), target.headers());
                        latencies.add(answer.nanos());
                        if (target.only200() ? answer.status() != 200 : !answer.ok()) {
                            errors.incrementAndGet();
                        }
                        if (answer.status() != 200) {
                            not200.incrementAndGet();
                            firstNot200.compareAndSet(0, answer.status());
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
        if (target.only200()) {
            result.put("not_200", not200.get());
            if (not200.get() > 0) {
                result.put("first_not_200_status", firstNot200.get());
            }
        }
        result.put("p50_ms", Latencies.ms(Latencies.percentile(nanos, 50)));
        result.put("p95_ms", Latencies.ms(Latencies.percentile(nanos, 95)));
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
