package jp.kizuna.bench;

import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;

import jp.kizuna.localstack.LocalStack;
import tools.jackson.databind.JsonNode;

/** The measurements of `make bench`, each with the baseline it is compared with in the same run. */
final class Scenarios {


    private final BenchStack stack;
    private final Http http = new Http();
    private final String city;
    private final List<String> brokenInvariants = java.util.Collections.synchronizedList(new ArrayList<>());

    Scenarios(BenchStack stack) {
        this.stack = stack;
        this.city = stack.token("city-staff");
    }

    List<String> brokenInvariants() {
        return brokenInvariants;
    }

    /**
     * One read by id straight to the registry, through the gateway and through nginx, at each
     * connection level: throughput and latency, and the CPU time the gateway and the registry spend per
     * request (from /proc, around the measured run, less what each spends idle). Then the issue-21
     * targets as ratios of this run, and JFR profiles of the gateway and the registry (flame graphs in
     * {@code profiles}).
     */
    Map<String, Object> gatewayOverhead(Path workDir, Path profiles, int seconds) throws Exception {
        String path = "/api/registry/organizations/minato";
        LoadGenerator load = new LoadGenerator(workDir);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("read", "GET " + path);
        result.put("load_generator", load.tool());
        result.put("seconds_per_level", seconds);
        String direct = stack.direct(LocalStack.REGISTRY);
        Map<String, Double> idle = idleCpuPerSecond(5);
        result.put("idle_cpu_ms_per_s", idle);
        NginxProxy nginx = NginxProxy.available()
                ? NginxProxy.start(workDir.resolve("nginx"), URI.create(direct).getPort()) : null;
        try {
            List<Map<String, Object>> levels = new ArrayList<>();
            for (int connections : LoadGenerator.concurrencies()) {
                Map<String, Object> level = new LinkedHashMap<>();
                level.put("connections", connections);
                Map<String, Object> directRun = measuredWithCpu(load, direct + path, connections, seconds, idle);
                Map<String, Object> gatewayRun = measuredWithCpu(load, stack.gateway() + path, connections, seconds, idle);
                level.put("direct", directRun);
                level.put("gateway", gatewayRun);
                level.put("gateway_over_direct", ratios(gatewayRun, directRun));
                if (nginx != null) {
                    Map<String, Object> nginxRun = load.run("http://127.0.0.1:" + nginx.port + path, connections, seconds, 3);
                    level.put("nginx", nginxRun);
                    level.put("nginx_over_direct", ratios(nginxRun, directRun));
                }
                levels.add(level);
            }
            result.put("levels", levels);
            result.put("targets", OverheadTargets.judge(levels));
            if (nginx == null) {
                result.put("nginx", "not installed (apt-get install nginx); `make bench` installs it where it may");
            }
        } finally {
            if (nginx != null) {
                nginx.close();
            }
        }
        result.put("profiles", profiles(load, stack.gateway() + path, direct + path, seconds, profiles));
        return result;
    }

    /** Warms up for 3 s, then measures, with each component's CPU time per request of the measured run. */
    private Map<String, Object> measuredWithCpu(LoadGenerator load, String url, int connections, int seconds,
                                                Map<String, Double> idlePerSecond) throws Exception {
        LoadGenerator.Target target = LoadGenerator.Target.of(url);
        load.measure(target, connections, 3);
        Map<String, Long> before = stack.cpuMillis();
        long started = System.nanoTime();
        Map<String, Object> run = load.measure(target, connections, seconds);
        Map<String, Long> after = stack.cpuMillis();
        double elapsed = (System.nanoTime() - started) / 1e9;
        long requests = ((Number) run.get("requests")).longValue();
        Map<String, Double> perRequest = new LinkedHashMap<>();
        for (String component : List.of(LocalStack.GATEWAY, LocalStack.REGISTRY)) {
            if (after.containsKey(component) && before.containsKey(component) && requests > 0) {
                double spent = after.get(component) - before.get(component) - idlePerSecond.getOrDefault(component, 0.0) * elapsed;
                perRequest.put(component, Math.round(Math.max(spent, 0) * 1000.0 / requests) / 1000.0);
            }
        }
        run.put("cpu_ms_per_request", perRequest);
        return run;
    }

    /** What each component spends per second with nothing asked of it (polling, metrics), over {@code seconds}. */
    private Map<String, Double> idleCpuPerSecond(int seconds) throws InterruptedException {
        Map<String, Long> before = stack.cpuMillis();
        long started = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        Map<String, Long> after = stack.cpuMillis();
        double elapsed = (System.nanoTime() - started) / 1e9;
        Map<String, Double> idle = new LinkedHashMap<>();
        after.forEach((component, millis) -> idle.put(component,
                Math.round((millis - before.getOrDefault(component, millis)) * 10.0 / elapsed) / 10.0));
        return idle;
    }

    /**
     * JFR profiles at 16 connections: the gateway and the registry behind it during a run through the
     * gateway, and the registry during a run straight to it (what the gateway makes it do more). Each
     * gives a flame graph (SVG), its hottest frames and the share of samples by concern.
     */
    private Map<String, Object> profiles(LoadGenerator load, String throughGateway, String direct, int seconds, Path dir)
            throws Exception {
        Map<String, Object> profiles = new LinkedHashMap<>();
        List<JfrProfile> running = new ArrayList<>();
        try {
            LoadGenerator.Target gatewayTarget = LoadGenerator.Target.of(throughGateway);
            load.measure(gatewayTarget, 16, 3);
            JfrProfile gateway = started(running, LocalStack.GATEWAY, dir.resolve("gateway.jfr"));
            JfrProfile registryBehind = started(running, LocalStack.REGISTRY, dir.resolve("registry-behind-gateway.jfr"));
            load.measure(gatewayTarget, 16, seconds);
            Path gatewayRecording = stopped(running, gateway);
            Path registryBehindRecording = stopped(running, registryBehind);
            profiles.put("gateway", summarise(gatewayRecording, "gateway, GET through the gateway at 16 connections",
                    OverheadTargets.GATEWAY_CONCERNS));
            profiles.put("registry_behind_gateway", summarise(registryBehindRecording,
                    "organization registry, GET through the gateway at 16 connections", OverheadTargets.SERVICE_CONCERNS));
            LoadGenerator.Target directTarget = LoadGenerator.Target.of(direct);
            load.measure(directTarget, 16, 3);
            JfrProfile registryDirect = started(running, LocalStack.REGISTRY, dir.resolve("registry-direct.jfr"));
            load.measure(directTarget, 16, seconds);
            profiles.put("registry_direct", summarise(stopped(running, registryDirect),
                    "organization registry, GET straight to it at 16 connections", OverheadTargets.SERVICE_CONCERNS));
        } catch (java.io.IOException e) {
            profiles.put("error", "no profile: " + e.getMessage());
        } finally {
            // a recording left running would sample the scenarios after this one
            for (JfrProfile profile : running) {
                try {
                    profile.stop();
                } catch (java.io.IOException alreadyGone) {
                    // the process ended or the recording was stopped: nothing is left sampling
                }
            }
        }
        return profiles;
    }

    private JfrProfile started(List<JfrProfile> running, String component, Path file)
            throws java.io.IOException, InterruptedException {
        JfrProfile profile = JfrProfile.start(stack.component(component).pid(), file);
        running.add(profile);
        return profile;
    }

    private static Path stopped(List<JfrProfile> running, JfrProfile profile) throws java.io.IOException, InterruptedException {
        running.remove(profile);
        return profile.stop();
    }

    private static Map<String, Object> summarise(Path recording, String title, Map<String, List<String>> concerns)
            throws java.io.IOException {
        Map<String, Long> folded = JfrProfile.foldedStacks(recording);
        String name = recording.getFileName().toString().replace(".jfr", "");
        Path svg = recording.resolveSibling(name + ".svg");
        FlameGraph.write(folded, title, svg);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("recording", recording.getFileName().toString());
        summary.put("flame_graph", svg.getFileName().toString());
        summary.put("by_concern_percent", JfrProfile.sharesByConcern(folded, concerns));
        summary.put("hot_frames", JfrProfile.hotFrames(folded, 15));
        return summary;
    }

    private static Map<String, Object> ratios(Map<String, Object> run, Map<String, Object> baseline) {
        Map<String, Object> ratios = new LinkedHashMap<>();
        for (String key : List.of("requests_per_s", "p50_ms", "p99_ms", "p99_9_ms")) {
            ratios.put(key, Latencies.ratio(((Number) run.get(key)).doubleValue(), ((Number) baseline.get(key)).doubleValue()));
        }
        return ratios;
    }

    /** From the 2xx of a registration at the gateway until the KPI service counts the organization. */
    Map<String, Object> eventPropagation(int writes) throws InterruptedException {
        long[] propagation = new long[writes];
        long[] writeLatency = new long[writes];
        long value = stack.kpiLiveValue();
        for (int i = 0; i < writes; i++) {
            Http.Answer written = http.post(stack.gateway() + "/api/registry/organizations", city,
                    organization("伝播計測協議会", i));
            if (!written.ok()) {
                brokenInvariants.add("propagation: write " + i + " answered " + written.status() + ": " + written.body());
                return Map.of("error", written.body());
            }
            long acknowledged = System.nanoTime();
            writeLatency[i] = written.nanos();
            value++;
            long deadline = acknowledged + 30_000_000_000L;
            while (stack.kpiLiveValue() < value) {
                if (System.nanoTime() > deadline) {
                    brokenInvariants.add("propagation: write " + i + " not counted by the KPI service within 30 s");
                    return Map.of("error", "write " + i + " did not arrive");
                }
                Thread.sleep(2);
            }
            propagation[i] = System.nanoTime() - acknowledged;
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("writes", writes);
        result.put("propagation", Latencies.summary(propagation));
        result.put("write_at_gateway", Latencies.summary(writeLatency));
        result.put("propagation_p50_over_write_p50", Latencies.ratio(Latencies.percentile(sorted(propagation), 50),
                Latencies.percentile(sorted(writeLatency), 50)));
        return result;
    }

    /**
     * The KPI derivation, the evaluation sheet, the membership rates and an event's roster with a base
     * amount of data (the seed's 8 organizations, 10 membership reports, 30 sign-ups), then 10× and 100×.
     */
    Map<String, Object> scale(int seedOrganizations) throws InterruptedException {
        Map<String, Object> result = new LinkedHashMap<>();
        List<Map<String, Object>> steps = new ArrayList<>();
        Map<String, Double> baseline = new LinkedHashMap<>();
        String eventId = publishedEvent("規模計測イベント", 100_000);
        int reports = 0;
        int signUps = 0;
        long started = System.nanoTime();
        for (int factor : new int[] {1, 10, 100}) {
            long existing = totalOrganizations();
            inParallel((int) Math.max(0, seedOrganizations * factor - existing),
                    i -> http.post(stack.gateway() + "/api/registry/organizations", city, organization("規模計測協議会", i)));
            inParallel(10 * factor - reports, i -> {
                Http.Answer association = http.post(stack.gateway() + "/api/registry/organizations", city, """
                        {"name": "規模計測町内会%d", "nameKana": "きぼけいそくちょうないかい", "kind": "NEIGHBORHOOD_ASSOCIATION",
                         "districts": ["一箕"]}""".formatted(System.nanoTime() + i));
                return http.post(stack.gateway() + "/api/registry/organizations/" + association.json().get("id").asString()
                        + "/membership-reports", city, "{\"fiscalYear\": 2023, \"memberHouseholds\": 90, \"totalHouseholds\": 100}");
            });
            reports = 10 * factor;
            int first = signUps;
            inParallel(30 * factor - signUps, i -> http.post(stack.gateway() + "/api/events/" + eventId + "/registrations", city,
                    signUp(first + i)));
            signUps = 30 * factor;
            awaitLive(totalActiveRegional());
            Map<String, Double> timings = new LinkedHashMap<>();
            timings.put("kpi_live", median(() -> http.get(stack.gateway() + BenchStack.LIVE, null).nanos()));
            timings.put("sheet_html", median(() -> sheet().nanos()));
            timings.put("membership_rates", median(() -> http.get(stack.gateway()
                    + "/api/registry/membership-rates?fiscalYear=2023", null).nanos()));
            timings.put("event_roster", median(() -> http.get(stack.gateway() + "/api/events/" + eventId + "/registrations",
                    city).nanos()));
            if (factor == 1) {
                baseline.putAll(timings);
            }
            Map<String, Object> step = new LinkedHashMap<>();
            step.put("factor", factor);
            step.put("organizations", totalOrganizations());
            step.put("membership_reports", reports);
            step.put("sign_ups", signUps);
            timings.forEach((name, nanos) -> {
                step.put(name + "_ms", Latencies.ms((long) (double) nanos));
                step.put(name + "_over_1x", Latencies.ratio(nanos, baseline.get(name)));
            });
            steps.add(step);
        }
        result.put("steps", steps);
        result.put("setup_s", Math.round((System.nanoTime() - started) / 1e9));
        return result;
    }

    /** Runs {@code count} calls, eight at a time; a failed call is an invariant broken. */
    private void inParallel(int count, java.util.function.IntFunction<Http.Answer> call) throws InterruptedException {
        Semaphore inFlight = new Semaphore(8);
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < count; i++) {
                int index = i;
                inFlight.acquire();
                threads.submit(() -> {
                    try {
                        Http.Answer answer = call.apply(index);
                        if (!answer.ok()) {
                            brokenInvariants.add("scale: a set-up write answered " + answer.status() + ": " + answer.body());
                        }
                    } finally {
                        inFlight.release();
                    }
                });
            }
        }
    }

    private Http.Answer sheet() {
        try {
            var request = java.net.http.HttpRequest.newBuilder(URI.create(stack.gateway() + "/api/kpi/policy-fields/36/sheet"))
                    .header("Accept", "text/html").GET().build();
            long started = System.nanoTime();
            var response = http.raw(request);
            return new Http.Answer(response.statusCode(), "", System.nanoTime() - started);
        } catch (Exception e) {
            return new Http.Answer(-1, e.toString(), 0);
        }
    }

    private long totalOrganizations() {
        return http.get(stack.gateway() + "/api/registry/organizations?size=1", null).json().path("totalItems").asLong();
    }

    private long totalActiveRegional() {
        return http.get(stack.gateway() + "/api/registry/organizations?size=1&kind=REGIONAL_MANAGEMENT_ORGANIZATION&status=ACTIVE",
                null).json().path("totalItems").asLong();
    }

    private void awaitLive(long expected) {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (stack.kpiLiveValue() < expected && System.nanoTime() < deadline) {
            sleep(50);
        }
    }

    private static double median(java.util.function.LongSupplier sample) {
        for (int warmUp = 0; warmUp < 5; warmUp++) {
            sample.getAsLong();
        }
        long[] samples = new long[7];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = sample.getAsLong();
        }
        return Latencies.percentile(sorted(samples), 50);
    }

    private String publishedEvent(String title, int capacity) {
        LocalDate day = LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(14);
        String body = """
                {"organizerId": "ikki", "details": {"title": "%s", "kind": "WORKSHOP", "venue": {"name": "一箕公民館"},
                 "schedule": {"date": "%s", "startTime": "18:30", "endTime": "20:00"}, "capacity": %d,
                 "registration": {"deadline": "%s"}}}""".formatted(title, day, capacity, day.minusDays(1));
        Http.Answer draft = http.post(stack.gateway() + "/api/events", city, body);
        if (draft.status() != 201) {
            throw new IllegalStateException("cannot draft the benchmark event: " + draft.status() + " " + draft.body());
        }
        String id = draft.json().get("id").asString();
        try {
            var request = java.net.http.HttpRequest.newBuilder(URI.create(stack.gateway() + "/api/events/" + id + "/publication"))
                    .header("Authorization", "Bearer " + city).header("If-Match", draft.etag())
                    .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build();
            var published = http.raw(request);
            if (published.statusCode() != 200) {
                throw new IllegalStateException("cannot publish the benchmark event: " + published.body());
            }
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
        return id;
    }

    static String organization(String name, int i) {
        return """
                {"name": "%s%d", "nameKana": "けいそくきょうぎかい", "kind": "REGIONAL_MANAGEMENT_ORGANIZATION",
                 "districts": ["一箕"], "foundedOn": "2020-04"}""".formatted(name, System.nanoTime() + i);
    }

    static String signUp(int person) {
        return """
                {"registrant": {"name": "計測 %d", "phone": "0242-00-%04d"}, "channel": "PHONE"}""".formatted(person, person % 10000);
    }

    static long[] sorted(long[] values) {
        long[] copy = values.clone();
        java.util.Arrays.sort(copy);
        return copy;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
