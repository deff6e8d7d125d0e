package jp.kizuna.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The Markdown summary of a `make bench` run (docs/performance.md quotes the latest). */
final class BenchSummary {

    private BenchSummary() {
    }

    @SuppressWarnings("unchecked")
    static String markdown(Map<String, Object> report) {
        StringBuilder md = new StringBuilder("# Benchmark summary\n\n");
        md.append("Machine: ").append(report.get("machine")).append(". Figures drift on a shared 2-core machine; ")
                .append("compare the ratios to the baseline measured in the same run.\n\n");
        Map<String, Object> overhead = (Map<String, Object>) report.get("gateway_overhead");
        if (overhead != null) {
            md.append("## Gateway overhead (").append(overhead.get("read")).append(", ").append(overhead.get("load_generator"))
                    .append(")\n\n");
            List<List<Object>> rows = new ArrayList<>();
            for (Map<String, Object> level : (List<Map<String, Object>>) overhead.get("levels")) {
                for (String target : List.of("direct", "gateway", "nginx")) {
                    Map<String, Object> run = (Map<String, Object>) level.get(target);
                    if (run == null) {
                        continue;
                    }
                    Map<String, Object> ratio = (Map<String, Object>) level.get(target + "_over_direct");
                    rows.add(List.of(level.get("connections"), target, run.get("requests_per_s"), run.get("p50_ms"),
                            run.get("p99_ms"), run.get("p99_9_ms"), run.get("errors"),
                            ratio == null ? "1 (baseline)" : ratio.get("requests_per_s") + " / " + ratio.get("p99_ms")));
                }
            }
            md.append(Report.table(List.of("connections", "path", "req/s", "p50 ms", "p99 ms", "p99.9 ms", "errors",
                    "ratio to direct (req/s / p99)"), rows)).append('\n');
            if (overhead.containsKey("nginx")) {
                md.append("nginx: ").append(overhead.get("nginx")).append("\n\n");
            }
        }
        section(md, "Event propagation (registry → KPI)", report.get("event_propagation"));
        section(md, "Registration rush", report.get("registration_rush"));
        section(md, "Scale", report.get("scale"));
        section(md, "Footprint", report.get("footprint"));
        md.append("## Invariants\n\n").append(((List<?>) report.get("broken_invariants")).isEmpty()
                ? "All held (no overbooking, every write arrived).\n" : "BROKEN: " + report.get("broken_invariants") + "\n");
        return md.toString();
    }

    private static void section(StringBuilder md, String title, Object content) {
        if (content != null) {
            md.append("## ").append(title).append("\n\n```\n").append(Http.JSON.writerWithDefaultPrettyPrinter()
                    .writeValueAsString(content)).append("\n```\n\n");
        }
    }
}
