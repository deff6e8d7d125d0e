package jp.kizuna.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.IntFunction;

import tools.jackson.databind.JsonNode;

/**
 * Registration rushes through the gateway: sign-ups for 10 % of their number in seats at several
 * sizes, and series sign-ups for every session of a 一箕 workshop series, each compared with the
 * gateway's plain-read throughput measured just before it with the same client and concurrency. After
 * every rush the whole roster is read back: exactly the first {@code capacity} tickets are confirmed,
 * the rest wait in ticket order, every acknowledged sign-up is there once (otherwise an invariant is
 * broken and the run exits 1). The events service killed in the middle of a rush is {@code make
 * drill}'s part ({@link Drills#registrationRushKilled}).
 */
final class RegistrationRush {

    /** The plain read: one organization by id from the registry, as the gateway-overhead scenario reads it. */
    static final String PLAIN_READ = "/api/registry/organizations/minato";
    /** Sessions of the benchmark's series and their seats, in percent of the series sign-ups. */
    static final int[] SESSION_SEATS_PERCENT = {10, 5, 10, 20, 10};

    private final BenchStack stack;
    private final Http http = new Http();
    private final String city;
    private final List<String> brokenInvariants;
    private final AtomicInteger people = new AtomicInteger();

    RegistrationRush(BenchStack stack, String city, List<String> brokenInvariants) {
        this.stack = stack;
        this.city = city;
        this.brokenInvariants = brokenInvariants;
    }

    /** What one rush measured: the registrations acknowledged (201) and every answer's latency. */
    record Rush(List<String> acknowledged, long[] latencies, double seconds, int failed, String firstFailure) {

        long perSecond(int calls) {
            return Math.round(calls / seconds);
        }
    }

    Map<String, Object> measure(List<Integer> sizes, int seatsPercent, int clients, int seriesSignUps, int readSeconds)
            throws InterruptedException {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("concurrent_clients", clients);
        result.put("seats_percent_of_sign_ups", seatsPercent);
        result.put("plain_read", "GET " + PLAIN_READ + " through the gateway, same client and concurrency, "
                + readSeconds + " s just before each rush");
        String idleEvent = publishedEvent("申込基準計測", 10, null, null);
        long[] idle = new long[5];
        for (int i = 0; i < idle.length; i++) {
            idle[i] = http.post(signUpUrl(idleEvent), city, signUp(people.incrementAndGet())).nanos();
        }
        result.put("idle_sign_up", Latencies.summary(idle));
        List<Map<String, Object>> rushes = new ArrayList<>();
        for (int size : sizes) {
            rushes.add(eventRush(size, Math.max(1, size * seatsPercent / 100), clients, readSeconds));
        }
        result.put("events", rushes);
        if (rushes.size() > 1) {
            Map<String, Object> first = rushes.getFirst();
            Map<String, Object> last = rushes.getLast();
            Map<String, Object> growth = new LinkedHashMap<>();
            growth.put("from_to_sign_ups", first.get("sign_ups") + " → " + last.get("sign_ups"));
            growth.put("sign_up_p50", Latencies.ratio(p50(last), p50(first)));
            growth.put("roster_page_p50", Latencies.ratio((double) last.get("roster_page_p50_ms"),
                    (double) first.get("roster_page_p50_ms")));
            growth.put("waitlist_page_p50", Latencies.ratio((double) last.get("waitlist_page_p50_ms"),
                    (double) first.get("waitlist_page_p50_ms")));
            result.put("growth_largest_over_smallest", growth);
        }
        if (seriesSignUps > 0) {
            result.put("series", seriesRush(seriesSignUps, clients, readSeconds));
        }
        return result;
    }

    private Map<String, Object> eventRush(int signUps, int capacity, int clients, int readSeconds)
            throws InterruptedException {
        Map<String, Object> reads = plainReads(clients, readSeconds);
        String eventId = publishedEvent("申込集中計測 " + signUps, capacity, null, null);
        Rush rush = signUps(signUpUrl(eventId), signUps, clients, this::signUp, RegistrationRush::registrationId);
        RosterCheck roster = RosterCheck.of(roster(eventId), rush.acknowledged());
        List<String> problems = new ArrayList<>(roster.problems(capacity, signUps));
        if (rush.failed() > 0) {
            problems.add(rush.failed() + " sign-ups failed, first: " + rush.firstFailure());
        }
        if (!problems.isEmpty()) {
            brokenInvariants.add("rush of " + signUps + " for " + capacity + " seats: " + String.join("; ", problems));
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("sign_ups", signUps);
        result.put("capacity", capacity);
        result.putAll(roster.asMap());
        result.put("failed", rush.failed());
        result.put("sign_ups_per_s", rush.perSecond(signUps));
        result.put("latency", Latencies.summary(rush.latencies()));
        result.put("plain_reads", reads);
        result.put("sign_ups_per_s_over_plain_reads_per_s", Latencies.ratio(rush.perSecond(signUps),
                ((Number) reads.get("reads_per_s")).doubleValue()));
        result.put("roster_page_p50_ms", Latencies.ms((long) median(() -> http.get(
                stack.gateway() + "/api/events/" + eventId + "/registrations?size=50", city).nanos())));
        int lastWaitlistPage = Math.max(0, (signUps - capacity - 1) / 50);
        result.put("waitlist_page_p50_ms", Latencies.ms((long) median(() -> http.get(stack.gateway() + "/api/events/"
                + eventId + "/registrations?status=WAITLISTED&size=50&page=" + lastWaitlistPage, city).nanos())));
        return result;
    }

    /**
     * Series sign-ups for every session of a 一箕 workshop series at once (each session CONFIRMED or
     * WAITLISTED by its own seats, as the API documents): every answer lists a registration for every
     * session, and every session's roster holds exactly its first tickets confirmed.
     */
    private Map<String, Object> seriesRush(int signUps, int clients, int readSeconds) throws InterruptedException {
        Map<String, Object> reads = plainReads(clients, readSeconds);
        Http.Answer created = http.post(stack.gateway() + "/api/events/series", city, """
                {"organizerId": "ikki", "title": "一箕地区まちづくりワークショップ（申込集中計測）",
                 "description": "計測用の連続講座"}""");
        if (created.status() != 201) {
            throw new IllegalStateException("cannot create the benchmark series: " + created.status() + " " + created.body());
        }
        String seriesId = created.json().path("series").path("id").asString();
        List<String> sessions = new ArrayList<>();
        List<Integer> capacities = new ArrayList<>();
        for (int session = 1; session <= SESSION_SEATS_PERCENT.length; session++) {
            int capacity = Math.max(1, signUps * SESSION_SEATS_PERCENT[session - 1] / 100);
            capacities.add(capacity);
            sessions.add(publishedEvent("一箕地区まちづくりワークショップ 第" + session + "回", capacity, seriesId, session));
        }
        Map<String, List<String>> acknowledged = new LinkedHashMap<>();
        sessions.forEach(id -> acknowledged.put(id, java.util.Collections.synchronizedList(new ArrayList<>())));
        AtomicInteger incomplete = new AtomicInteger();
        Rush rush = signUps(stack.gateway() + "/api/events/series/" + seriesId + "/registrations", signUps, clients,
                this::signUp, answer -> {
                    List<String> ids = new ArrayList<>();
                    int registered = 0;
                    for (JsonNode outcome : answer.json()) {
                        JsonNode registration = outcome.get("registration");
                        if (registration != null && !registration.isNull()) {
                            registered++;
                            String id = registration.get("id").asString();
                            acknowledged.get(outcome.get("eventId").asString()).add(id);
                            ids.add(id);
                        }
                    }
                    if (registered != sessions.size()) {
                        incomplete.incrementAndGet();
                    }
                    return ids;
                });
        List<Map<String, Object>> perSession = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < sessions.size(); i++) {
            RosterCheck roster = RosterCheck.of(roster(sessions.get(i)), acknowledged.get(sessions.get(i)));
            int number = i + 1;
            roster.problems(capacities.get(i), signUps).forEach(p -> problems.add("session " + number + ": " + p));
            Map<String, Object> session = new LinkedHashMap<>();
            session.put("session", i + 1);
            session.put("capacity", capacities.get(i));
            session.putAll(roster.asMap());
            perSession.add(session);
        }
        if (incomplete.get() > 0) {
            problems.add(incomplete.get() + " series sign-ups did not register for every session");
        }
        if (rush.failed() > 0) {
            problems.add(rush.failed() + " series sign-ups failed, first: " + rush.firstFailure());
        }
        if (!problems.isEmpty()) {
            brokenInvariants.add("series rush of " + signUps + ": " + String.join("; ", problems));
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("series_sign_ups", signUps);
        result.put("sessions", sessions.size());
        result.put("registrations", signUps * sessions.size());
        result.put("failed", rush.failed());
        result.put("not_every_session", incomplete.get());
        result.put("series_sign_ups_per_s", rush.perSecond(signUps));
        result.put("registrations_per_s", rush.perSecond(signUps * sessions.size()));
        result.put("latency", Latencies.summary(rush.latencies()));
        result.put("plain_reads", reads);
        result.put("registrations_per_s_over_plain_reads_per_s", Latencies.ratio(rush.perSecond(signUps * sessions.size()),
                ((Number) reads.get("reads_per_s")).doubleValue()));
        result.put("per_session", perSession);
        return result;
    }

    /**
     * {@code count} POSTs of {@code body(person)} to {@code url}, {@code clients} at a time; the ids of
     * the registrations each 201 acknowledged come from {@code ids}.
     */
    Rush signUps(String url, int count, int clients, IntFunction<String> body, Function<Http.Answer, List<String>> ids)
            throws InterruptedException {
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        AtomicInteger failed = new AtomicInteger();
        Semaphore inFlight = new Semaphore(clients);
        long started = System.nanoTime();
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < count; i++) {
                int person = people.incrementAndGet();
                inFlight.acquire();
                threads.submit(() -> {
                    try {
                        Http.Answer answer = http.post(url, city, body.apply(person));
                        latencies.add(answer.nanos());
                        if (answer.status() == 201) {
                            acknowledged.addAll(ids.apply(answer));
                        } else {
                            failed.incrementAndGet();
                            if (failures.isEmpty()) {
                                failures.add(answer.status() + " " + answer.body());
                            }
                        }
                    } finally {
                        inFlight.release();
                    }
                });
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return new Rush(List.copyOf(acknowledged), latencies.stream().mapToLong(Long::longValue).toArray(), seconds,
                failed.get(), failures.peek());
    }

    /** Plain reads through the gateway, {@code clients} at a time for {@code seconds} (after a second of warm-up). */
    Map<String, Object> plainReads(int clients, int seconds) throws InterruptedException {
        String url = stack.gateway() + PLAIN_READ;
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger failed = new AtomicInteger();
        long warmUpEnds = System.nanoTime() + 1_000_000_000L;
        long ends = warmUpEnds + seconds * 1_000_000_000L;
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int client = 0; client < clients; client++) {
                threads.submit(() -> {
                    while (true) {
                        long asked = System.nanoTime();
                        if (asked >= ends) {
                            return;
                        }
                        Http.Answer answer = http.get(url, null);
                        if (asked >= warmUpEnds) {
                            latencies.add(answer.nanos());
                            if (answer.status() != 200) {
                                failed.incrementAndGet();
                            }
                        }
                    }
                });
            }
        }
        long[] measured = latencies.stream().mapToLong(Long::longValue).toArray();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("reads_per_s", Math.round(measured.length / (double) seconds));
        result.put("failed", failed.get());
        result.put("latency", Latencies.summary(measured));
        if (failed.get() > 0) {
            brokenInvariants.add("plain reads: " + failed.get() + " of " + measured.length + " did not answer 200");
        }
        return result;
    }

    /** Every page of an event's roster, in ticket order. */
    List<JsonNode> roster(String eventId) {
        List<JsonNode> roster = new ArrayList<>();
        for (int page = 0; ; page++) {
            Http.Answer answer = http.get(stack.gateway() + "/api/events/" + eventId + "/registrations?size=200&page=" + page,
                    city);
            if (answer.status() != 200) {
                throw new IllegalStateException("roster page " + page + " of " + eventId + " answered " + answer.status()
                        + ": " + answer.body());
            }
            JsonNode json = answer.json();
            json.get("items").forEach(roster::add);
            if (page + 1 >= json.get("totalPages").asInt()) {
                return roster;
            }
        }
    }

    /** A published event of the 一箕 organizer in two weeks, optionally a session of a series. */
    String publishedEvent(String title, int capacity, String seriesId, Integer session) {
        LocalDate day = LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(14 + (session == null ? 0 : session));
        String series = seriesId == null ? "" : "\"seriesId\": \"%s\", \"session\": %d, ".formatted(seriesId, session);
        String body = """
                {"organizerId": "ikki", %s"details": {"title": "%s", "kind": "WORKSHOP", "venue": {"name": "一箕公民館"},
                 "schedule": {"date": "%s", "startTime": "18:30", "endTime": "20:00"}, "capacity": %d,
                 "registration": {"deadline": "%s"}}}""".formatted(series, title, day, capacity, day.minusDays(1));
        Http.Answer draft = http.post(stack.gateway() + "/api/events", city, body);
        if (draft.status() != 201) {
            throw new IllegalStateException("cannot draft the benchmark event: " + draft.status() + " " + draft.body());
        }
        String id = draft.json().get("id").asString();
        try {
            var request = HttpRequest.newBuilder(URI.create(stack.gateway() + "/api/events/" + id + "/publication"))
                    .header("Authorization", "Bearer " + city).header("If-Match", draft.etag())
                    .POST(HttpRequest.BodyPublishers.noBody()).build();
            var published = http.raw(request);
            if (published.statusCode() != 200) {
                throw new IllegalStateException("cannot publish the benchmark event: " + published.body());
            }
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
        return id;
    }

    String signUpUrl(String eventId) {
        return stack.gateway() + "/api/events/" + eventId + "/registrations";
    }

    /** A phone sign-up entered by city staff; every person has a name and phone of their own. */
    String signUp(int person) {
        return """
                {"registrant": {"name": "計測 %d", "phone": "0242-%02d-%04d"}, "channel": "PHONE"}""".formatted(person,
                person / 10000 % 100, person % 10000);
    }

    static List<String> registrationId(Http.Answer answer) {
        return List.of(answer.json().get("id").asString());
    }

    private static double p50(Map<String, Object> rush) {
        return ((Number) ((Map<?, ?>) rush.get("latency")).get("p50_ms")).doubleValue();
    }

    private static double median(java.util.function.LongSupplier sample) {
        for (int warmUp = 0; warmUp < 3; warmUp++) {
            sample.getAsLong();
        }
        long[] samples = new long[7];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = sample.getAsLong();
        }
        return Latencies.percentile(Scenarios.sorted(samples), 50);
    }
}
