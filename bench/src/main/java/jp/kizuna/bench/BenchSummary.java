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
        Map<String, Object> pages = (Map<String, Object>) report.get("web_pages");
        if (pages != null) {
            webPages(md, pages);
        }
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
                    Map<String, Object> cpu = (Map<String, Object>) run.getOrDefault("cpu_ms_per_request", Map.of());
                    rows.add(List.of(level.get("connections"), target, run.get("requests_per_s"), run.get("p50_ms"),
                            run.get("p99_ms"), run.get("p99_9_ms"), run.get("errors"),
                            ratio == null ? "1 (baseline)" : ratio.get("requests_per_s") + " / " + ratio.get("p99_ms"),
                            cpu.getOrDefault("gateway", "–"), cpu.getOrDefault("organization-registry", "–")));
                }
            }
            md.append(Report.table(List.of("connections", "path", "req/s", "p50 ms", "p99 ms", "p99.9 ms", "errors",
                    "ratio to direct (req/s / p99)", "gateway CPU ms/req", "registry CPU ms/req"), rows)).append('\n');
            if (overhead.containsKey("nginx")) {
                md.append("nginx: ").append(overhead.get("nginx")).append("\n\n");
            }
            md.append("CPU per request from /proc around each measured run, less each component's idle CPU (")
                    .append(overhead.get("idle_cpu_ms_per_s")).append(" ms/s).\n\n");
            List<List<Object>> targets = new ArrayList<>();
            for (Map<String, Object> target : (List<Map<String, Object>>) overhead.getOrDefault("targets", List.of())) {
                targets.add(List.of(target.get("target"), target.get("value"), target.get("goal"),
                        Boolean.TRUE.equals(target.get("met")) ? "met" : "missed"));
            }
            if (!targets.isEmpty()) {
                md.append("### Targets (issue 21; reported, not asserted)\n\n")
                        .append(Report.table(List.of("ratio", "this run", "target", ""), targets)).append('\n');
            }
            profiles(md, (Map<String, Object>) overhead.get("profiles"));
        }
        section(md, "Event propagation (registry → KPI)", report.get("event_propagation"));
        section(md, "Webhook delivery (sign-up sent → partner receiver's 2xx)", report.get("webhook_delivery"));
        Map<String, Object> rush = (Map<String, Object>) report.get("registration_rush");
        if (rush != null) {
            registrationRush(md, rush);
        }
        section(md, "Scale", report.get("scale"));
        section(md, "Footprint", report.get("footprint"));
        md.append("## Invariants\n\n").append(((List<?>) report.get("broken_invariants")).isEmpty()
                ? "All held (no overbooking, every write arrived, every page and API call answered 200).\n"
                : "BROKEN: " + report.get("broken_invariants") + "\n");
        return md.toString();
    }

    /** Each profile's flame graph and where its CPU samples went, by concern and by hottest frame. */
    @SuppressWarnings("unchecked")
    private static void profiles(StringBuilder md, Map<String, Object> profiles) {
        if (profiles == null || profiles.isEmpty()) {
            return;
        }
        md.append("### Profiles (JFR, 16 connections; flame graphs in bench/results/profiles)\n\n");
        if (profiles.containsKey("error")) {
            md.append(profiles.get("error")).append("\n\n");
            return;
        }
        profiles.forEach((name, value) -> {
            Map<String, Object> profile = (Map<String, Object>) value;
            Map<String, Object> hot = (Map<String, Object>) profile.get("hot_frames");
            md.append("**").append(name).append("** (").append(hot.get("samples")).append(" samples, ")
                    .append(profile.get("flame_graph")).append(")\n\n");
            List<List<Object>> rows = new ArrayList<>();
            ((Map<String, Object>) profile.get("by_concern_percent")).forEach((concern, percent) -> rows.add(List.of(concern, percent)));
            md.append(Report.table(List.of("concern", "% of samples"), rows)).append('\n');
            List<List<Object>> self = new ArrayList<>();
            for (Map<String, Object> frame : (List<Map<String, Object>>) hot.get("self")) {
                self.add(List.of(frame.get("frame"), frame.get("percent")));
            }
            md.append(Report.table(List.of("hottest frame (self)", "%"), self)).append('\n');
        });
    }

    /** One row per rush (events at each size, then the series), with the plain reads measured just before it. */
    @SuppressWarnings("unchecked")
    private static void registrationRush(StringBuilder md, Map<String, Object> rush) {
        md.append("## Registration rush (").append(rush.get("concurrent_clients")).append(" concurrent clients, ")
                .append(rush.get("seats_percent_of_sign_ups")).append(" % of the sign-ups in seats; baseline: ")
                .append(rush.get("plain_read")).append(")\n\n");
        List<List<Object>> rows = new ArrayList<>();
        for (Map<String, Object> event : (List<Map<String, Object>>) rush.get("events")) {
            Map<String, Object> latency = (Map<String, Object>) event.get("latency");
            Map<String, Object> reads = (Map<String, Object>) event.get("plain_reads");
            rows.add(List.of(event.get("sign_ups"), event.get("capacity"), event.get("confirmed") + " / " + event.get("waitlisted"),
                    event.get("seats_and_waitlist_in_ticket_order"), event.get("sign_ups_per_s"), latency.get("p50_ms"),
                    latency.get("p99_ms"), reads.get("reads_per_s"), event.get("sign_ups_per_s_over_plain_reads_per_s"),
                    event.get("roster_page_p50_ms") + " / " + event.get("waitlist_page_p50_ms")));
        }
        Map<String, Object> series = (Map<String, Object>) rush.get("series");
        if (series != null) {
            Map<String, Object> latency = (Map<String, Object>) series.get("latency");
            Map<String, Object> reads = (Map<String, Object>) series.get("plain_reads");
            rows.add(List.of(series.get("series_sign_ups") + " series × " + series.get("sessions"), "per session",
                    series.get("not_every_session") + " incomplete", "per session below", series.get("registrations_per_s")
                            + " registrations (" + series.get("series_sign_ups_per_s") + " series)", latency.get("p50_ms"),
                    latency.get("p99_ms"), reads.get("reads_per_s"), series.get("registrations_per_s_over_plain_reads_per_s"), "–"));
        }
        md.append(Report.table(List.of("sign-ups", "seats", "confirmed / waitlisted", "ticket order", "sign-ups/s",
                "p50 ms", "p99 ms", "plain reads/s", "ratio to reads", "roster / waitlist page p50 ms"), rows)).append('\n');
        if (rush.containsKey("growth_largest_over_smallest")) {
            md.append("Growth, largest rush over smallest: ").append(rush.get("growth_largest_over_smallest")).append("\n\n");
        }
        if (series != null) {
            md.append("Series sessions: ").append(series.get("per_session")).append("\n\n");
        }
        md.append("One sign-up on an idle event: ").append(rush.get("idle_sign_up")).append("\n\n");
    }

    /** One row per page: its load, the API calls it waits for under the same load, and the target. */
    @SuppressWarnings("unchecked")
    private static void webPages(StringBuilder md, Map<String, Object> pages) {
        md.append("## Web pages (").append(pages.get("target")).append("; ").append(pages.get("load_generator"))
                .append(", ").append(pages.get("connections")).append(" connections, ").append(pages.get("seconds_per_run"))
                .append(" s per run after ").append(pages.get("warm_up")).append(")\n\n");
        List<List<Object>> rows = new ArrayList<>();
        List<String> unlisted = new ArrayList<>();
        for (Map<String, Object> page : (List<Map<String, Object>>) pages.get("pages")) {
            Map<String, Object> load = (Map<String, Object>) page.get("load");
            String verdict = switch (String.valueOf(page.get("verdict"))) {
                case "met" -> "met";
                case "missed" -> "**MISSED**";
                default -> "**FAILED** (not 200)";
            };
            if (load == null) {
                rows.add(List.of(page.get("page"), "–", "–", "–", "–", page.get("error"), "–", "–", "–", verdict));
                continue;
            }
            List<String> calls = new ArrayList<>();
            for (Map<String, Object> call : (List<Map<String, Object>>) page.getOrDefault("api", List.of())) {
                calls.add("`" + call.get("call") + "` " + (call.containsKey("error") ? call.get("error") : call.get("p95_ms")));
            }
            for (Object logged : (List<Object>) page.getOrDefault("api_calls_as_logged", List.of())) {
                // a console page: its calls as the gateway logged them (paths), not measured one by one
                calls.add("`GET " + logged + "` (logged)");
            }
            Map<String, Object> cpu = (Map<String, Object>) page.getOrDefault("cpu_ms_per_page", Map.of());
            Object name = page.containsKey("signed_in_as") ? page.get("page") + " (" + page.get("signed_in_as") + ")" : page.get("page");
            rows.add(List.of(name, load.get("requests_per_s"), load.get("p50_ms"), load.get("p95_ms"),
                    load.get("p99_ms"), load.get("errors"), calls.isEmpty() ? "none" : String.join("<br>", calls),
                    page.get("page_p95_over_api_p95") == null ? "–"
                            : page.get("api_p95_ms") + " (" + page.get("page_p95_over_api_p95") + ")",
                    cpu.isEmpty() ? "–" : cpu.get("all") + " (web " + cpu.getOrDefault("web", 0) + ", gateway "
                            + cpu.getOrDefault("gateway", 0) + ")", verdict));
            if (page.containsKey("api_calls_logged_at_gateway")) {
                unlisted.add(page.get("page") + " called " + page.get("api_calls_logged_at_gateway"));
            }
        }
        md.append(Report.table(List.of("page", "req/s", "p50 ms", "p95 ms", "p99 ms", "errors", "API calls it makes (p95 ms)",
                "API p95 ms, slowest call of each step added up (page / API)", "CPU ms per page", "p95 ≤ 150 ms"), rows)).append('\n');
        md.append("Met by ").append(pages.get("pages_meeting_target")).append(" pages. Load average (1 min) before and after: ")
                .append(pages.get("load_average_before")).append(" → ").append(pages.get("load_average_after"))
                .append("; CPU per page is every component's CPU time during the run over its requests (all JVMs of the")
                .append(" stack): the machine's other load inflates it far less than latency. ")
                .append(pages.get("duration_s")).append(" s in all.\n\n");
        if (!unlisted.isEmpty()) {
            md.append("The gateway logged other API calls than the bench measures beside them: ")
                    .append(String.join("; ", unlisted)).append(".\n\n");
        }
    }

    private static void section(StringBuilder md, String title, Object content) {
        if (content != null) {
            md.append("## ").append(title).append("\n\n```\n").append(Http.JSON.writerWithDefaultPrettyPrinter()
                    .writeValueAsString(content)).append("\n```\n\n");
        }
    }
}
