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
 * developer is running. A port the offset would push past 65535 (MongoDB's 27017 from an offset of 38519
 * on) wraps around to just above 1024, and the start says so.
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
        int offset = Integer.parseInt(System.getenv().getOrDefault("KIZUNA_BENCH_PORT_OFFSET", "30000").strip());
        // the gateway is measured without its rate limits: they would only count the load generator
        LocalStack stack = new LocalStack(onShiftedPorts(root, dataDir, offset, out).withRateLimits(false));
        long started = System.nanoTime();
        stack.start(out);
        return new BenchStack(stack, (System.nanoTime() - started) / 1_000_000, out);
    }

    /** The stack's defaults with every port moved by {@code offset}, wrapped where it would pass 65535. */
    static StackSettings onShiftedPorts(Path root, Path dataDir, int offset, PrintStream out) {
        StackSettings defaults = StackSettings.onShiftedPorts(root, dataDir, 0);
        StackSettings.Ports p = defaults.ports();
        java.util.function.IntUnaryOperator shift = port -> {
            int shifted = shifted(port, offset);
            if (shifted != port + offset) {
                out.println("[bench] port " + port + " + " + offset + " passes 65535; using " + shifted);
            }
            return shifted;
        };
        StackSettings.Ports ports = new StackSettings.Ports(shift.applyAsInt(p.gateway()), shift.applyAsInt(p.gatewayManagement()),
                shift.applyAsInt(p.registry()), shift.applyAsInt(p.kpi()), shift.applyAsInt(p.subsidy()),
                shift.applyAsInt(p.events()), shift.applyAsInt(p.kafka()), shift.applyAsInt(p.kafkaController()),
                shift.applyAsInt(p.mongo()), shift.applyAsInt(p.auth()), shift.applyAsInt(p.web()));
        return new StackSettings(defaults.root(), defaults.dataDir(), ports, defaults.externalMongoUri(),
                defaults.externalKafka(), defaults.serviceJvmOptions(), defaults.bindAddress(), defaults.rateLimits());
    }

    /** {@code port + offset}, or where that passes 65535, as far above 1024 as it passes it. */
    static int shifted(int port, int offset) {
        if (offset < 0 || offset > 65535 - 1024) {
            throw new IllegalArgumentException("KIZUNA_BENCH_PORT_OFFSET=" + offset + " is not between 0 and 64511");
        }
        int shifted = port + offset;
        return shifted <= 65535 ? shifted : shifted - 65536 + 1024;
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
        return token(role, null);
    }

    /**
     * A client's token from the local issuer; asked again up to four times, a few seconds apart, when
     * the issuer does not answer in time (on a machine busy with other builds it sometimes does not).
     */
    String token(String role, String organizationId) {
        for (int attempt = 1; ; attempt++) {
            try {
                return new LocalTokens(stack.settings()).issue(role, organizationId);
            } catch (jp.kizuna.localstack.StackException notAnswered) {
                if (attempt == 5) {
                    throw notAnswered;
                }
                out.println("[bench] the token issuer did not answer (" + notAnswered.getMessage() + "); asking again");
                Scenarios.sleep(3_000L * attempt);
            }
        }
    }

    /** A person's access token, signed in at the issuer as the web signs them in. */
    String personToken(String email, String password) {
        return new LocalTokens(stack.settings()).forPerson(email, password);
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

    /**
     * CPU time (user + system) every live component has used so far, in milliseconds, from Linux's
     * /proc/&lt;pid&gt;/stat (clock ticks of 10 ms: USER_HZ is 100 on Linux); empty where there is no /proc.
     */
    Map<String, Long> cpuMillis() {
        Map<String, Long> cpu = new java.util.LinkedHashMap<>();
        for (ManagedProcess process : stack.components()) {
            if (!process.isAlive()) {
                continue;
            }
            try {
                String stat = Files.readString(Path.of("/proc/" + process.pid() + "/stat"), StandardCharsets.UTF_8);
                // the command name in parentheses may hold spaces: count the fields after it (state is field 3)
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                cpu.put(process.name(), (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10);
            } catch (IOException | RuntimeException e) {
                // no /proc (not Linux) or the process just ended: no figure for it
            }
        }
        return cpu;
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
