package jp.kizuna.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.kizuna.localstack.LocalStack;
import tools.jackson.databind.JsonNode;

/**
 * The portal's pages, server-rendered by the web behind the gateway, with the seed data (issue 17: each
 * within 150 ms p95). Every page is loaded the same way as the API calls it waits for while it renders,
 * in the same run, so its latency stands beside the API's own. Any answer but 200 (a redirect to the
 * sign-in page included) breaks the run.
 *
 * <p>The API calls of a page are those the web's controllers make today, written out here in the steps the
 * page waits for them: the calls of one step are made at the same time (the web's ConcurrentReads), the steps
 * one after another. Before the load each page is read once with a request id of its own, and the calls the
 * gateway logged under that id are compared with the list, so a page that starts calling something else is
 * reported, not hidden. A call the web keeps the answer of for a while ({@code kept}: public, read at most once
 * per 30 s and language) may or may not be logged, and is not one the page waits for.
 */
final class WebPages {

    static final double TARGET_P95_MS = 150;
    /** The demo resident whose My page is measured (README, "demo people"). */
    static final String PERSON = "hanako@kizuna.example";
    static final String PASSWORD = "aoi-sora-no-shita";
    /** The demo city staff member (地域づくり課) whose console pages are measured. */
    static final String STAFF = "staff@kizuna.example";
    static final String STAFF_PASSWORD = "chiiki-zukuri-ka-desk";

    /**
     * The console's pages a member of city staff opens most (issue 18): the dashboard, the register and an
     * organization in it, the membership desk, the KPI desk, the subsidy desk and its programmes, the events desk
     * and the moderation queue. Their API calls are many and depend on the data, so they are not measured one by
     * one beside the page: the report lists those the gateway logged for the page. The KPI desk is measured at the
     * page {@code /console/kpi} sends staff on to: the policy field of the plan's KPIs (施策36).
     */
    static final List<String> CONSOLE_PAGES = List.of("/console", "/console/register", "/console/register/ikki",
            "/console/register/membership", "/console/kpi/fields/36", "/console/subsidies", "/console/subsidies/programmes",
            "/console/events", "/console/moderation");

    private static final String PUBLIC_STATUSES = "PUBLISHED,FINISHED,CANCELLED";
    private static final int PAGE_SIZE = 20;
    /** Reads of every page before the first run: enough for the JIT compilers of the web, gateway and services to settle. */
    private static final int WARM_UP_ROUNDS = 50;
    private static final Map<String, String> HTML = Map.of("Accept", "text/html,application/xhtml+xml");
    private static final Pattern ACCESS_LINE = Pattern.compile("([A-Z]+) (\\S+) -> \\S+ in \\d+ ms traceId=\\S+ requestId=(\\S+)");

    /**
     * A page, the API calls it waits for (path and query, as the web asks them) step by step, whether it needs a
     * session, and the calls whose answers the web keeps for a while.
     */
    record Page(String path, List<List<String>> steps, boolean signedIn, List<String> kept) {

        /** A page whose calls are made one after another. */
        Page(String path, List<String> api, boolean signedIn) {
            this(path, api.stream().map(List::of).toList(), signedIn, List.of());
        }

        /** A page whose calls are all made at the same time. */
        static Page concurrent(String path, List<String> api) {
            return new Page(path, List.of(api), false, List.of());
        }

        /** Every call the page waits for, in order. */
        List<String> api() {
            return steps.stream().flatMap(List::stream).toList();
        }

        /** Whether the gateway's log of the page's calls (paths without query, sorted) is what this page lists. */
        boolean calledAsListed(List<String> logged) {
            List<String> unexplained = new ArrayList<>(logged);
            for (String kept : this.kept) {
                unexplained.remove(kept.replaceFirst("\\?.*", ""));
            }
            return unexplained.equals(api().stream().map(call -> call.replaceFirst("\\?.*", "")).sorted().toList());
        }

        /**
         * What the page waits for at best, from its calls' p95s: a step takes as long as its slowest call, the
         * steps add up.
         */
        double apiP95AlongItsSteps(Map<String, Double> p95OfCall) {
            return steps.stream().mapToDouble(step -> step.stream().mapToDouble(call -> p95OfCall.getOrDefault(call, 0.0))
                    .max().orElse(0)).sum();
        }
    }

    private final BenchStack stack;
    private final PrintStream out;
    private final Http http = new Http();
    private final List<String> brokenInvariants = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, Map<String, Object>> apiRuns = new HashMap<>();
    private String signInProblem;

    WebPages(BenchStack stack, PrintStream out) {
        this.stack = stack;
        this.out = out;
    }

    List<String> brokenInvariants() {
        return brokenInvariants;
    }

    /**
     * Warms every page up, then loads each page and each API call it makes with {@code connections}
     * connections for {@code seconds} after a {@code warmupSeconds} warm-up.
     */
    Map<String, Object> measure(Path workDir, int connections, int seconds, int warmupSeconds) throws Exception {
        long started = System.nanoTime();
        // every request's latency as measured: wrk's coordinated-omission correction would turn one stall of
        // the shared machine into the p95 of a run of a few connections (LoadGenerator)
        LoadGenerator load = new LoadGenerator(workDir, false);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        List<Page> pages = pages(today);
        String session = signIn();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("target", "p95 ≤ " + (int) TARGET_P95_MS + " ms per page, through the gateway");
        result.put("load_generator", load.tool() + ", latency of every request as measured");
        result.put("connections", connections);
        result.put("seconds_per_run", seconds);
        result.put("warm_up", WARM_UP_ROUNDS + " reads of every page, then " + warmupSeconds + " s of load before each run");
        result.put("signed_in_as", PERSON);
        result.put("load_average_before", loadAverage());

        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            for (Page page : pages) {
                if (!page.signedIn() || session != null) {
                    http.getWith(stack.gateway() + page.path(), headers(page, session));
                }
            }
        }
        List<Map<String, Object>> measured = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        for (Page page : pages) {
            out.println("[bench]   " + page.path());
            Map<String, Object> entry;
            if (page.signedIn() && session != null) {
                // a session of its own, signed in just now: the run measures the page, not the refresh of an
                // access token that ran out meanwhile (after 10 minutes, about as long as the pages before it take)
                session = signIn();
            }
            if (page.signedIn() && session == null) {
                entry = new LinkedHashMap<>(Map.of("page", page.path(), "signed_in", true,
                        "error", "no session: " + signInProblem, "meets_target", false));
            } else {
                entry = measure(load, page, session, connections, seconds, warmupSeconds);
            }
            entry.put("verdict", verdict(entry));
            measured.add(entry);
            if ("missed".equals(entry.get("verdict"))) {
                missed.add(page.path());
            }
        }
        measured.addAll(consolePages(load, connections, seconds, warmupSeconds, missed));
        result.put("load_average_after", loadAverage());
        result.put("pages", measured);
        result.put("pages_meeting_target", measured.stream().filter(entry -> "met".equals(entry.get("verdict"))).count()
                + " of " + measured.size());
        result.put("pages_missing_target", missed);
        result.put("duration_s", Math.round((System.nanoTime() - started) / 1e9));
        return result;
    }

    /** Each console page with a session of city staff: its load, CPU per page and the API calls it made. */
    private List<Map<String, Object>> consolePages(LoadGenerator load, int connections, int seconds, int warmupSeconds,
                                                   List<String> missed) throws Exception {
        String staff;
        try {
            staff = WebSignIn.sessionCookie(stack.gateway(), STAFF, STAFF_PASSWORD);
        } catch (IllegalStateException e) {
            brokenInvariants.add("web pages: city staff cannot sign in: " + e.getMessage());
            return List.of(Map.of("page", "/console", "signed_in_as", STAFF, "error", "no session: " + e.getMessage(),
                    "verdict", "failed", "meets_target", false));
        }
        Map<String, String> headers = new HashMap<>(HTML);
        headers.put("Cookie", staff);
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            for (String path : CONSOLE_PAGES) {
                http.getWith(stack.gateway() + path, headers);
            }
        }
        List<Map<String, Object>> measured = new ArrayList<>();
        for (String path : CONSOLE_PAGES) {
            out.println("[bench]   " + path);
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("page", path);
            entry.put("signed_in", true);
            entry.put("signed_in_as", STAFF);
            String requestId = "bench-page-" + UUID.randomUUID();
            Map<String, String> probeHeaders = new HashMap<>(headers);
            probeHeaders.put("X-Request-Id", requestId);
            String refusal = refusal(http.getWith(stack.gateway() + path, probeHeaders), "text/html");
            if (refusal != null) {
                brokenInvariants.add("web pages: GET " + path + " as city staff " + refusal);
                entry.put("error", refusal);
                entry.put("meets_target", false);
            } else {
                entry.put("api_calls_as_logged", apiCallsLogged(requestId, 1));
                Map<String, Object> run = underLoad(load, new LoadGenerator.Target(stack.gateway() + path, headers, true),
                        path + " as city staff", entry, connections, seconds, warmupSeconds);
                entry.put("meets_target", ((Number) run.get("p95_ms")).doubleValue() <= TARGET_P95_MS
                        && ((Number) run.get("errors")).longValue() == 0);
            }
            entry.put("verdict", verdict(entry));
            if ("missed".equals(entry.get("verdict"))) {
                missed.add(path);
            }
            measured.add(entry);
        }
        return measured;
    }

    /** The person's session cookie, or null with the reason kept and the run broken. */
    private String signIn() {
        try {
            return WebSignIn.sessionCookie(stack.gateway(), PERSON, PASSWORD);
        } catch (IllegalStateException e) {
            signInProblem = e.getMessage();
            brokenInvariants.add("web pages: " + signInProblem);
            return null;
        }
    }

    private Map<String, Object> measure(LoadGenerator load, Page page, String session, int connections, int seconds,
                                        int warmupSeconds) throws Exception {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("page", page.path());
        entry.put("signed_in", page.signedIn());
        String url = stack.gateway() + page.path();
        String requestId = "bench-page-" + UUID.randomUUID();
        Map<String, String> headers = new HashMap<>(headers(page, session));
        headers.put("X-Request-Id", requestId);
        Http.Answer probe = http.getWith(url, headers);
        String refusal = refusal(probe, "text/html");
        if (refusal != null) {
            brokenInvariants.add("web pages: GET " + page.path() + " " + refusal);
            entry.put("error", refusal);
            entry.put("meets_target", false);
            return entry;
        }
        entry.put("api_calls", page.api());
        List<String> seen = apiCallsLogged(requestId, page.api().size());
        List<String> expected = page.api().stream().map(call -> call.replaceFirst("\\?.*", "")).sorted().toList();
        if (!page.calledAsListed(seen)) {
            entry.put("api_calls_logged_at_gateway", seen);
            out.println("[bench]   " + page.path() + ": the gateway logged the API calls " + seen + ", the bench measures "
                    + expected + " (bench/…/WebPages.java lists them)");
        }

        Map<String, Object> pageRun = underLoad(load, new LoadGenerator.Target(url, headers(page, session), true),
                page.path(), entry, connections, seconds, warmupSeconds);

        List<Map<String, Object>> api = new ArrayList<>();
        Map<String, Double> p95OfCall = new HashMap<>();
        for (String call : page.api()) {
            Map<String, Object> run = apiRun(load, call, page.signedIn(), connections, seconds, warmupSeconds);
            api.add(run);
            p95OfCall.put(call, ((Number) run.getOrDefault("p95_ms", 0)).doubleValue());
        }
        double apiP95 = page.apiP95AlongItsSteps(p95OfCall);
        double pageP95 = ((Number) pageRun.get("p95_ms")).doubleValue();
        entry.put("api", api);
        entry.put("api_steps", page.steps());
        if (!page.kept().isEmpty()) {
            entry.put("api_calls_kept_by_the_web", page.kept());
        }
        entry.put("api_p95_ms", Math.round(apiP95 * 100) / 100.0);
        // what the page waits for at best: the slowest call of each step, the steps one after another
        entry.put("page_p95_over_api_p95", page.api().isEmpty() ? null : Latencies.ratio(pageP95, apiP95));
        entry.put("meets_target", pageP95 <= TARGET_P95_MS && ((Number) pageRun.get("errors")).longValue() == 0);
        return entry;
    }

    /**
     * A page's run after its warm-up: the load and the CPU every component spent per page go into its entry,
     * and a page that failed under load breaks the run.
     */
    private Map<String, Object> underLoad(LoadGenerator load, LoadGenerator.Target target, String what,
                                          Map<String, Object> entry, int connections, int seconds, int warmupSeconds)
            throws Exception {
        load.measure(target, connections, warmupSeconds);
        Map<String, Long> cpuBefore = stack.cpuMillis();
        Map<String, Object> run = load.measure(target, connections, seconds);
        entry.put("load", run);
        entry.put("cpu_ms_per_page", cpuPerRequest(cpuBefore, stack.cpuMillis(), ((Number) run.get("requests")).longValue()));
        if (((Number) run.get("errors")).longValue() > 0) {
            brokenInvariants.add("web pages: GET " + what + " failed " + run.get("errors") + " of " + run.get("requests")
                    + " times under load" + (run.containsKey("first_not_200_status")
                    ? " (first answer other than 200: " + run.get("first_not_200_status") + ")" : ""));
        }
        return run;
    }

    /** "failed" for a page that answered anything but 200, else whether its p95 "met" or "missed" the target. */
    private static String verdict(Map<String, Object> entry) {
        Map<?, ?> load = (Map<?, ?>) entry.get("load");
        if (entry.containsKey("error") || load == null || ((Number) load.get("errors")).longValue() > 0) {
            return "failed";
        }
        return Boolean.TRUE.equals(entry.get("meets_target")) ? "met" : "missed";
    }

    /** The same run's load on one API call, straight through the gateway (once per call, shared by the pages making it). */
    private Map<String, Object> apiRun(LoadGenerator load, String call, boolean asPerson, int connections, int seconds,
                                       int warmupSeconds) throws Exception {
        Map<String, Object> known = apiRuns.get(call);
        if (known != null) {
            return known;
        }
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("call", "GET " + call);
        Map<String, String> headers = new HashMap<>(Map.of("Accept", "application/json"));
        if (asPerson) {
            try {
                headers.put("Authorization", "Bearer " + stack.personToken(PERSON, PASSWORD));
            } catch (RuntimeException e) {
                brokenInvariants.add("web pages: no token for " + PERSON + " to call GET " + call + ": " + e.getMessage());
                run.put("error", "no token: " + e.getMessage());
                return run;
            }
        }
        String refusal = refusal(http.getWith(stack.gateway() + call, headers), "application/json");
        if (refusal != null) {
            brokenInvariants.add("web pages: the API call GET " + call + " " + refusal);
            run.put("error", refusal);
        } else {
            run.putAll(load.run(new LoadGenerator.Target(stack.gateway() + call, headers, true), connections, seconds,
                    warmupSeconds));
        }
        apiRuns.put(call, run);
        return run;
    }

    /** Why an answer is not the 200 of the expected media type, or null when it is. */
    static String refusal(Http.Answer answer, String mediaType) {
        if (answer.status() != 200) {
            return "answered " + answer.status() + (answer.location() != null ? " → " + answer.location() : "")
                    + (answer.status() == -1 ? " (" + answer.body() + ")" : "");
        }
        if (answer.contentType() == null || !answer.contentType().startsWith(mediaType)) {
            return "answered 200 with " + answer.contentType() + ", not " + mediaType;
        }
        return null;
    }

    /**
     * CPU time each component spent per page during a run (components that spent none left out), and
     * their total under "all": what a page costs the machine, whatever else runs on it meanwhile.
     */
    static Map<String, Double> cpuPerRequest(Map<String, Long> before, Map<String, Long> after, long requests) {
        Map<String, Double> perRequest = new LinkedHashMap<>();
        if (requests == 0 || after.isEmpty()) {
            return perRequest;
        }
        long total = 0;
        for (Map.Entry<String, Long> component : after.entrySet()) {
            long spent = component.getValue() - before.getOrDefault(component.getKey(), component.getValue());
            if (spent > 0) {
                perRequest.put(component.getKey(), Math.round(spent * 10.0 / requests) / 10.0);
                total += spent;
            }
        }
        perRequest.put("all", Math.round(total * 10.0 / requests) / 10.0);
        return perRequest;
    }

    /** The machine's 1-minute load average (Linux), to read the figures by: the machine is shared. */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static Map<String, String> headers(Page page, String session) {
        if (!page.signedIn()) {
            return HTML;
        }
        Map<String, String> headers = new HashMap<>(HTML);
        headers.put("Cookie", session);
        return headers;
    }

    /** The paths (without query) of the API calls the gateway logged under a page's request id, sorted. */
    private List<String> apiCallsLogged(String requestId, int expected) throws IOException, InterruptedException {
        Path log = stack.stack.settings().logs().resolve(LocalStack.GATEWAY + ".log");
        List<String> calls = List.of();
        // the access-log line of a call is written when its answer is complete; give the log a moment
        for (int attempt = 0; attempt < 20; attempt++) {
            calls = new ArrayList<>();
            for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
                Matcher access = ACCESS_LINE.matcher(line);
                if (access.find() && access.group(3).equals(requestId) && access.group(2).startsWith("/api/")) {
                    calls.add(access.group(2));
                }
            }
            if (calls.size() >= expected) {
                break;
            }
            Thread.sleep(100);
        }
        Collections.sort(calls);
        return calls;
    }

    /**
     * The portal's public pages and My page, each with the API calls its controller makes (web/…/*Controller,
     * EventCatalogue, Register, Indicators, SignUps), for the seed data on {@code today} (Asia/Tokyo).
     */
    List<Page> pages(LocalDate today) {
        String upcoming = "from=" + today + "&status=PUBLISHED";
        String past = "to=" + today.minusDays(1) + "&status=" + PUBLIC_STATUSES + "&order=desc";
        String regional = "/api/registry/organizations?kind=REGIONAL_MANAGEMENT_ORGANIZATION&status=ACTIVE&size=50";
        String nextThirtyDays = "/api/events?from=" + today + "&to=" + today.plusDays(30) + "&status=PUBLISHED&page=0&size=6";
        List<List<String>> home = new ArrayList<>(List.of(List.of(nextThirtyDays)));
        if (items(nextThirtyDays).isEmpty()) {
            // nothing coming up: the home page shows the most recent events instead, once it knows
            home.add(List.of("/api/events?" + past + "&page=0&size=6"));
        }

        List<Page> pages = new ArrayList<>();
        // a visitor's front page: the regional organizations and the events are public reads the web keeps 30 s per
        // language, so under load the page waits for none of them (they may or may not be logged on the first read)
        List<String> frontPage = new ArrayList<>(List.of(regional));
        home.forEach(frontPage::addAll);
        pages.add(new Page("/", List.of(), false, frontPage));
        pages.add(new Page("/?lang=en", List.of(), false, frontPage));
        pages.add(new Page("/events", List.of("/api/events?" + upcoming + "&page=0&size=" + PAGE_SIZE), false));
        pages.add(new Page("/events?view=past", List.of("/api/events?" + past + "&page=0&size=" + PAGE_SIZE), false));
        pages.add(new Page("/events?district=" + enc("一箕"),
                List.of("/api/events?district=" + enc("一箕") + "&" + upcoming + "&page=0&size=" + PAGE_SIZE), false));
        pages.add(new Page("/events?organizer=ikki",
                List.of("/api/events?organizerId=ikki&" + upcoming + "&page=0&size=" + PAGE_SIZE), false));
        pages.add(new Page("/events?kind=WORKSHOP",
                List.of("/api/events?kind=WORKSHOP&" + upcoming + "&page=0&size=" + PAGE_SIZE), false));
        // "has seats" filters one page of 200 on the web
        pages.add(new Page("/events?seats=true", List.of("/api/events?" + upcoming + "&page=0&size=200"), false));
        pages.add(new Page("/events/calendar?month=2024-06",
                List.of("/api/events?from=2024-06-01&to=2024-06-30&status=" + PUBLIC_STATUSES + "&page=0&size=200"), false));
        for (JsonNode event : exampleEvents()) {
            String id = event.get("id").asString();
            List<String> calls = new ArrayList<>(List.of("/api/events/" + id));
            JsonNode series = event.get("seriesId");
            if (series != null && !series.isNull()) {
                calls.add("/api/events/series/" + series.asString());
            }
            pages.add(new Page("/events/" + id, calls, false));
        }
        pages.add(Page.concurrent("/organizations", List.of("/api/registry/organizations?page=0&size=" + PAGE_SIZE,
                "/api/registry/districts")));
        pages.add(Page.concurrent("/organizations?q=" + enc("みなと"), List.of("/api/registry/organizations?page=0&size="
                + PAGE_SIZE + "&q=" + enc("みなと"), "/api/registry/districts")));
        for (String organization : List.of("ikki", "minato")) {
            pages.add(Page.concurrent("/organizations/" + organization, List.of("/api/registry/organizations/" + organization,
                    "/api/registry/placements?organizationId=" + organization,
                    "/api/events?organizerId=" + organization + "&" + upcoming + "&page=0&size=10",
                    "/api/events?organizerId=" + organization + "&" + past + "&page=0&size=5")));
        }
        pages.add(new Page("/kpi", List.of("/api/kpi/indicators"), false));
        pages.add(new Page("/open-data", List.of(), false));
        pages.add(new Page("/my", List.of("/api/events/registrations/mine?page=0&size=" + PAGE_SIZE), true));
        return pages;
    }

    /** An event of a series (its page also reads the series) and, if the seed has one, an event of none. */
    private List<JsonNode> exampleEvents() {
        List<JsonNode> events = items("/api/events?status=" + PUBLIC_STATUSES + "&page=0&size=200");
        List<JsonNode> examples = new ArrayList<>();
        events.stream().filter(event -> event.hasNonNull("seriesId")).findFirst().ifPresent(examples::add);
        events.stream().filter(event -> !event.hasNonNull("seriesId")).findFirst().ifPresent(examples::add);
        if (examples.isEmpty()) {
            throw new IllegalStateException("the API lists no public event; is the seed data loaded?");
        }
        return examples;
    }

    private List<JsonNode> items(String call) {
        Http.Answer answer = http.get(stack.gateway() + call, null);
        if (!answer.ok()) {
            throw new IllegalStateException("GET " + call + " answered " + answer.status() + ": " + answer.body());
        }
        List<JsonNode> items = new ArrayList<>();
        answer.json().path("items").forEach(items::add);
        return items;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
