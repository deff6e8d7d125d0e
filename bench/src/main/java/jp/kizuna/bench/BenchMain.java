package jp.kizuna.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * `make bench`: starts the platform on loopback and measures the gateway's overhead (against the
 * service directly and against nginx), event propagation registry → KPI, a registration rush, the
 * footprint and how the KPI derivation and the evaluation sheet grow with data. Every figure comes
 * with a baseline from the same run. Speed is reported, not asserted; the run fails only when an
 * invariant breaks (overbooking, a lost or unarrived write). Sizes: KIZUNA_BENCH_* variables.
 */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Path root = Path.of(System.getProperty("kizuna.root", ".")).toAbsolutePath().normalize();
        Path results = root.resolve("bench/results");
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("machine", Map.of("cores", Runtime.getRuntime().availableProcessors(),
                "java", System.getProperty("java.version"), "os", System.getProperty("os.name")));
        List<String> broken = new ArrayList<>();
        try (BenchStack stack = BenchStack.start(root, out)) {
            Map<String, Object> footprint = new LinkedHashMap<>();
            footprint.put("start_to_all_healthy_ms", stack.startMillis);
            Thread.sleep(10_000);
            footprint.put("rss_idle_mib", stack.residentMemory());
            Scenarios scenarios = new Scenarios(stack);

            // first, while the registry holds the seed's organizations only (1×)
            out.println("[bench] scale");
            report.put("scale", scenarios.scale(8));
            out.println("[bench] gateway overhead");
            report.put("gateway_overhead", scenarios.gatewayOverhead(results.resolve("work"), env("SECONDS", 10)));
            out.println("[bench] event propagation");
            report.put("event_propagation", scenarios.eventPropagation(env("WRITES", 2000)));
            out.println("[bench] registration rush");
            report.put("registration_rush", scenarios.registrationRush(env("SIGN_UPS", 3000), env("SEATS", 300),
                    env("CLIENTS", 64)));

            footprint.put("rss_after_mib", stack.residentMemory());
            footprint.put("rss_after_over_idle", rssRatios(footprint));
            report.put("footprint", footprint);
            broken.addAll(scenarios.brokenInvariants());
        }
        report.put("broken_invariants", broken);
        Path summary = Report.write(results, "bench", report, BenchSummary.markdown(report));
        out.println("[bench] results: " + summary);
        if (!broken.isEmpty()) {
            out.println("[bench] BROKEN INVARIANTS: " + broken);
            System.exit(1);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Double> rssRatios(Map<String, Object> footprint) {
        Map<String, Double> idle = (Map<String, Double>) footprint.get("rss_idle_mib");
        Map<String, Double> after = (Map<String, Double>) footprint.get("rss_after_mib");
        Map<String, Double> ratios = new LinkedHashMap<>();
        after.forEach((name, mib) -> ratios.put(name, Latencies.ratio(mib, idle.getOrDefault(name, 0.0))));
        return ratios;
    }

    static int env(String name, int fallback) {
        String value = System.getenv("KIZUNA_BENCH_" + name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.strip());
    }
}
