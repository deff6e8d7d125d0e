package jp.kizuna.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import jp.kizuna.localstack.LocalStack;
import jp.kizuna.localstack.LocalTokens;
import jp.kizuna.localstack.ManagedProcess;
import jp.kizuna.localstack.StackSettings;

/**
 * The platform as `make run` starts it, on ports shifted by {@code KIZUNA_BENCH_PORT_OFFSET} (default
 * 30000) and with a fresh data directory under bench/results, so a benchmark never touches a stack a
 * developer is running.
 */
final class BenchStack implements AutoCloseable {

    /** The KPI figure every registered regional management organization moves (地域づくり活動組織数, live). */
    static final String LIVE = "/api/kpi/indicators/active-community-organizations/live";

    final LocalStack stack;
    private final Http http = new Http();
    final long startMillis;
    private final PrintStream out;

    private BenchStack(LocalStack stack, long startMillis, PrintStream out) {
        this.stack = stack;
        this.startMillis = startMillis;
        this.out = out;
    }

    static BenchStack start(Path root, PrintStream out) {
        Path dataDir = root.resolve("bench/results/stack-data");
        deleteRecursively(dataDir);
        int offset = Integer.parseInt(System.getenv().getOrDefault("KIZUNA_BENCH_PORT_OFFSET", "30000"));
        // the gateway is measured without its rate limits: they would only count the load generator
        LocalStack stack = new LocalStack(StackSettings.onShiftedPorts(root, dataDir, offset).withRateLimits(false));
        long started = System.nanoTime();
        stack.start(out);
        return new BenchStack(stack, (System.nanoTime() - started) / 1_000_000, out);
    }

    String gateway() {
        return stack.settings().gatewayUrl();
    }

    String direct(String component) {
        return stack.component(component).address();
    }

    ManagedProcess component(String name) {
        return stack.component(name);
    }

    String token(String role) {
        return new LocalTokens(stack.settings()).issue(role, null);
    }

    String token(String role, String organizationId) {
        return new LocalTokens(stack.settings()).issue(role, organizationId);
    }

    /** The KPI service's live count of active regional management organizations; -1 when it does not answer. */
    long kpiLiveValue() {
        Http.Answer answer = http.get(gateway() + LIVE, null);
        return answer.ok() ? answer.json().path("value").asLong() : -1;
    }

    /** Resident set size of every component, in MiB (Linux /proc). */
    Map<String, Double> residentMemory() {
        Map<String, Double> rss = new java.util.LinkedHashMap<>();
        for (ManagedProcess process : stack.components()) {
            if (!process.isAlive()) {
                continue;
            }
            try {
                for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"), StandardCharsets.UTF_8)) {
                    if (line.startsWith("VmRSS:")) {
                        long kib = Long.parseLong(line.replaceAll("[^0-9]", ""));
                        rss.put(process.name(), Math.round(kib / 1024.0 * 10) / 10.0);
                    }
                }
            } catch (IOException | RuntimeException e) {
                rss.put(process.name(), -1.0);
            }
        }
        return rss;
    }

    @Override
    public void close() {
        stack.stop(out);
    }

    static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
