package jp.kizuna.bench;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import jp.kizuna.localstack.LocalStack;
import jp.kizuna.platform.contracts.EventTypes;

/**
 * Partner webhooks under faults, for `make drill` ({@link #drill}) and `make bench` ({@link #latency}):
 * receivers on loopback, each subscribed by a partner organization of its own, and sign-ups and event
 * changes written through the gateway. The delivery latency is measured from the moment a sign-up is
 * sent to the gateway to the receiver's 2xx for its {@code registration.*} CloudEvent.
 */
final class WebhookDrill {

    /** Every type an endpoint may subscribe to (docs/webhooks.md). */
    static final List<String> TYPES = List.of(EventTypes.EVENT_PUBLISHED, EventTypes.EVENT_CHANGED, EventTypes.EVENT_CANCELLED,
            EventTypes.REGISTRATION_CONFIRMED, EventTypes.REGISTRATION_WAITLISTED, EventTypes.REGISTRATION_PROMOTED,
            EventTypes.REGISTRATION_CANCELLED, EventTypes.ATTENDANCE_RECORDED);
    /** How long the slow receiver takes to answer: under the dispatcher's 10 s whole-call timeout, so it succeeds. */
    static final Duration SLOW = Duration.ofSeconds(8);
    private static final Duration PATIENCE = Duration.ofSeconds(240);
    private static final Duration LOAD_LIMIT = Duration.ofMinutes(5);
    private static final int CLIENTS_PER_EVENT = 4;

    private final BenchStack stack;
    private final String city;
    private final List<String> brokenInvariants;
    private final PrintStream out;
    private final Http http = new Http();
    private final AtomicInteger people = new AtomicInteger(700_000);

    WebhookDrill(BenchStack stack, String city, List<String> brokenInvariants, PrintStream out) {
        this.stack = stack;
        this.city = city;
        this.brokenInvariants = brokenInvariants;
        this.out = out;
    }

    /** One organization's published event, and what was written to it. */
    private final class Target {

        final String organizationId;
        final String eventId;
        final Map<String, Long> signUpsSent = new ConcurrentHashMap<>();
        final Map<String, Long> signUpsAcknowledged = new ConcurrentHashMap<>();
        final AtomicInteger changes = new AtomicInteger();
        final int capacity;
        volatile String etag;

        Target(String organizationId, String title, int capacity) {
            this.organizationId = organizationId;
            this.capacity = capacity;
            Http.Answer draft = settingUp(() -> http.post(stack.gateway() + "/api/events", city, """
                    {"organizerId": "%s", "details": %s}""".formatted(organizationId, details(title, capacity))));
            if (draft.status() != 201) {
                throw new IllegalStateException("cannot draft the drill's event: " + draft.status() + " " + draft.body());
            }
            eventId = draft.json().get("id").asString();
            HttpResponse<String> published = send(HttpRequest.newBuilder(URI.create(stack.gateway() + "/api/events/" + eventId
                    + "/publication")).header("If-Match", draft.etag()).POST(HttpRequest.BodyPublishers.noBody()));
            if (published.statusCode() != 200) {
                throw new IllegalStateException("cannot publish the drill's event: " + published.statusCode() + " " + published.body());
            }
            etag = published.headers().firstValue("ETag").orElse(null);
        }

        /** One sign-up; its registration id and when it was sent, when the platform acknowledged it. */
        boolean signUp() {
            int person = people.incrementAndGet();
            long sent = System.nanoTime();
            Http.Answer answer = http.post(stack.gateway() + "/api/events/" + eventId + "/registrations", city, """
                    {"registrant": {"name": "通知訓練 %d", "phone": "0242-%02d-%04d"}, "channel": "PHONE"}"""
                    .formatted(person, person / 10000 % 100, person % 10000));
            if (answer.status() != 201) {
                return false;
            }
            String id = answer.json().get("id").asString();
            signUpsAcknowledged.put(id, System.nanoTime());
            signUpsSent.put(id, sent);
            return true;
        }

        /** One change of the event's details (a new title), with the ETag of the last answer; whether it was acknowledged. */
        boolean change() {
            HttpResponse<String> changed = send(HttpRequest.newBuilder(URI.create(stack.gateway() + "/api/events/" + eventId))
                    .header("Content-Type", "application/json").header("If-Match", etag == null ? "*" : etag)
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"details\": " + details("通知訓練 " + organizationId + " 変更 "
                            + (changes.get() + 1), capacity) + "}")));
            if (changed.statusCode() == 200) {
                changes.incrementAndGet();
                etag = changed.headers().firstValue("ETag").orElse(null);
                return true;
            }
            if (changed.statusCode() == 412 || changed.statusCode() == 428) {
                // a change whose answer was lost (the service killed) moved the version on: read it again
                etag = http.get(stack.gateway() + "/api/events/" + eventId, city).etag();
            }
            return false;
        }
    }

    private static String details(String title, int capacity) {
        java.time.LocalDate day = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")).plusDays(21);
        return """
                {"title": "%s", "kind": "WORKSHOP", "venue": {"name": "会津若松市生涯学習総合センター"},
                 "schedule": {"date": "%s", "startTime": "18:30", "endTime": "20:00"}, "capacity": %d,
                 "registration": {"deadline": "%s"}}""".formatted(title, day, capacity, day.minusDays(1));
    }

    /**
     * A call that sets the drill up, asked again up to four times, a few seconds apart, while the gateway
     * answers 503 (on a machine busy with other builds a service sometimes answers too late for its time limit).
     */
    private Http.Answer settingUp(java.util.function.Supplier<Http.Answer> call) {
        for (int attempt = 1; ; attempt++) {
            Http.Answer answer = call.get();
            if (answer.status() != 503 || attempt == 5) {
                return answer;
            }
            out.println("[drill] the gateway answered 503 while setting up the webhook drill; asking again");
            Scenarios.sleep(3_000L * attempt);
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.raw(request.header("Authorization", "Bearer " + city)
                    .header("Accept", "application/json, application/problem+json").timeout(Duration.ofSeconds(30)).build());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String subscribe(String organizationId, WebhookReceiver receiver) {
        Http.Answer answer = settingUp(() -> http.post(stack.gateway() + "/api/events/webhooks/subscriptions", city, """
                {"organizationId": "%s", "url": "%s", "eventTypes": [%s], "description": "通知訓練 %s"}"""
                .formatted(organizationId, receiver.url(), String.join(", ", TYPES.stream().map(t -> "\"" + t + "\"").toList()),
                        receiver.name())));
        if (answer.status() != 201) {
            throw new IllegalStateException("cannot subscribe the drill's receiver: " + answer.status() + " " + answer.body());
        }
        return answer.json().path("subscription").path("id").asString();
    }

    /**
     * Removes an endpoint with its deliveries and log, so that nothing keeps calling a receiver that is
     * gone (and the drills after this one find the service quiet).
     */
    private void unsubscribe(String id) {
        String url = stack.gateway() + "/api/events/webhooks/subscriptions/" + id;
        Http.Answer current = http.get(url, city);
        if (current.status() != 200) {
            return;
        }
        HttpResponse<String> removed = send(HttpRequest.newBuilder(URI.create(url)).header("If-Match", current.etag()).DELETE());
        if (removed.statusCode() != 204) {
            out.println("[drill] could not remove the webhook endpoint " + id + ": " + removed.statusCode() + " " + removed.body());
        }
    }

    /**
     * `make bench`: one partner's fine receiver, {@code signUps} sign-ups through the gateway from four
     * clients, the latency from each write to the receiver's 2xx.
     */
    Map<String, Object> latency(int signUps) throws Exception {
        try (WebhookReceiver fine = WebhookReceiver.fine("bench")) {
            String subscription = subscribe("minato", fine);
            try {
                return measureLatency(fine, signUps);
            } finally {
                unsubscribe(subscription);
            }
        }
    }

    private Map<String, Object> measureLatency(WebhookReceiver fine, int signUps) throws Exception {
        Target target = new Target("minato", "通知計測", signUps * 2);
        long[] writes = new long[signUps];
        int notDelivered = 0;
        for (int i = 0; i < signUps; i++) {
            long sent = System.nanoTime();
            if (!target.signUp()) {
                brokenInvariants.add("webhook delivery: sign-up " + i + " was refused");
                break;
            }
            writes[i] = System.nanoTime() - sent;
            if (!awaitAll(fine, List.of(target), Duration.ofSeconds(30))) {
                notDelivered++;
            }
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("sign_ups", target.signUpsSent.size());
        result.put("how", "one sign-up at a time through the gateway, each timed from being sent until the partner's "
                + "receiver answered 2xx for its registration.confirmed CloudEvent (the next one after that)");
        result.put("write_to_receiver_2xx", latencies(fine, target));
        // from the write's 2xx, as the registry → KPI propagation is timed
        result.put("acknowledged_to_receiver_2xx", latencies(fine, target.signUpsAcknowledged, target.signUpsSent.keySet()));
        result.put("write_at_gateway", Latencies.summary(java.util.Arrays.copyOf(writes, target.signUpsSent.size())));
        result.put("not_delivered_within_30_s", notDelivered);
        if (notDelivered > 0 || !missing(fine, target).isEmpty()) {
            brokenInvariants.add("webhook delivery: " + missing(fine, target).size() + " acknowledged sign-ups never reached "
                    + "the receiver");
        }
        return result;
    }

    /**
     * `make drill`: a fine, a slow (answers after 8 s) and a down receiver (503 until brought up), each
     * subscribed by its own partner organization. First a baseline with writes for the fine one's
     * organization only; then the same writes for all three at once; the down receiver comes up; then
     * writes go on while the events service (the dispatcher) is SIGKILLed and started again. Invariants:
     * the fine and the once-down receiver get every event (each acknowledged sign-up, every event change:
     * no gap in the event's sequence), in order per aggregate; one webhook-id per event and no id for
     * two; the fine receiver is served while a slow call is open (it never waits behind the slow one,
     * judged without a timing). Its latency beside the others is reported as a ratio to the baseline.
     */
    Map<String, Object> drill(int signUps, int changes, Duration ready) throws Exception {
        Map<String, Object> result = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        List<String> subscriptions = new ArrayList<>();
        try (WebhookReceiver fine = WebhookReceiver.fine("fine");
             WebhookReceiver slow = WebhookReceiver.slow("slow", SLOW);
             WebhookReceiver down = WebhookReceiver.down("down")) {
            try {
                subscriptions.add(subscribe("minato", fine));
                subscriptions.add(subscribe("oto", slow));
                subscriptions.add(subscribe("eiwa", down));
                drill(signUps, changes, ready, fine, slow, down, result, problems);
            } finally {
                subscriptions.forEach(this::unsubscribe);
            }
        }
        result.put("problems", problems);
        if (!problems.isEmpty()) {
            brokenInvariants.add("webhooks: " + String.join("; ", problems));
        }
        return result;
    }

    private void drill(int signUps, int changes, Duration ready, WebhookReceiver fine, WebhookReceiver slow, WebhookReceiver down,
                       Map<String, Object> result, List<String> problems) throws Exception {
        int capacity = signUps * 4;
        Target fineEvent = new Target("minato", "通知訓練 みなと", capacity);

        out.println("[drill] webhooks: baseline, writes for the fine receiver's organization only");
        load(List.of(fineEvent), signUps, changes);
        awaitAll(fine, List.of(fineEvent));
        Map<String, Long> baselineSent = Map.copyOf(fineEvent.signUpsSent);
        Map<String, Object> baseline = latencies(fine, fineEvent, baselineSent.keySet());

        long baselineEnd = System.nanoTime();

        out.println("[drill] webhooks: the same writes for all three organizations at once");
        Target slowEvent = new Target("oto", "通知訓練 大戸", capacity);
        Target downEvent = new Target("eiwa", "通知訓練 永和", capacity);
        load(List.of(fineEvent, slowEvent, downEvent), signUps, changes);
        awaitAll(fine, List.of(fineEvent));
        Set<String> beside = new HashSet<>(fineEvent.signUpsSent.keySet());
        beside.removeAll(baselineSent.keySet());
        Map<String, Object> contended = latencies(fine, fineEvent, beside);
        long refusedByDown = down.calls().stream().filter(call -> !call.accepted()).count();
        long slowCalls = slow.calls().size();
        long contendedEnd = System.nanoTime();

        out.println("[drill] webhooks: the down receiver comes up; the events service is killed mid-delivery");
        down.bringUp();
        long downMillis;
        try (ExecutorService background = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<?> writes = background.submit(() -> {
                load(List.of(fineEvent, slowEvent, downEvent), signUps, changes);
                return null;
            });
            // killed once deliveries of this phase are under way at the fine receiver
            int before = fine.received().size();
            long giveUp = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (fine.received().size() < before + Math.max(5, signUps / 10) && System.nanoTime() < giveUp) {
                Thread.sleep(50);
            }
            stack.component(LocalStack.EVENTS).kill();
            long killed = System.nanoTime();
            Thread.sleep(3_000);
            stack.component(LocalStack.EVENTS).start();
            stack.component(LocalStack.EVENTS).awaitReady(ready);
            downMillis = (System.nanoTime() - killed) / 1_000_000;
            writes.get();
        }
        List<Target> all = List.of(fineEvent, slowEvent, downEvent);
        awaitAll(fine, List.of(fineEvent));
        awaitAll(down, List.of(downEvent));

        result.put("sign_ups_per_event_and_phase", signUps);
        result.put("event_changes_per_event_and_phase", changes);
        result.put("slow_receiver_answers_after_ms", SLOW.toMillis());
        result.put("fine_latency_baseline", baseline);
        result.put("fine_latency_beside_slow_and_down", contended);
        result.put("fine_deliveries_per_s_baseline", perSecond(fine, Long.MIN_VALUE, baselineEnd));
        result.put("fine_deliveries_per_s_beside_slow_and_down", perSecond(fine, baselineEnd, contendedEnd));
        result.put("fine_p50_over_baseline", Latencies.ratio(p(contended, "p50_ms"), p(baseline, "p50_ms")));
        result.put("fine_p99_over_baseline", Latencies.ratio(p(contended, "p99_ms"), p(baseline, "p99_ms")));
        result.put("down_receiver_refused_calls_while_down", refusedByDown);
        result.put("slow_receiver_calls_during_the_contended_phase", slowCalls);
        result.put("events_service_down_until_ready_ms", downMillis);
        result.put("fine", check("fine", fine, fineEvent, problems));
        result.put("down_then_up", check("down", down, downEvent, problems));
        result.put("slow_received", slow.received().size());
        result.put("acknowledged_sign_ups", all.stream().mapToInt(t -> t.signUpsSent.size()).sum());
        if (refusedByDown == 0) {
            problems.add("the down receiver was never called while it was down (the drill tested nothing)");
        }
        // isolation, whatever the machine's speed: while the slow receiver held a call, the fine one was served
        long fineDuringSlowCalls = answeredDuring(fine, slow);
        result.put("fine_calls_answered_while_a_slow_call_was_open", fineDuringSlowCalls);
        if (slowCalls == 0 || fineDuringSlowCalls == 0) {
            problems.add("the fine receiver got no call while the slow one held one (" + slowCalls
                    + " slow calls): its deliveries waited behind the slow endpoint");
        }
    }

    /**
     * {@code signUps} acknowledged sign-ups per target from four clients each (up to three more: the
     * clients check the count concurrently), and {@code changes} event
     * changes; a refused write (the events service away) is tried again after a pause, for at most five minutes.
     */
    private void load(List<Target> targets, int signUps, int changes) throws Exception {
        long deadline = System.nanoTime() + LOAD_LIMIT.toNanos();
        try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> running = new ArrayList<>();
            for (Target target : targets) {
                int before = target.signUpsSent.size();
                AtomicInteger started = new AtomicInteger();
                for (int client = 0; client < CLIENTS_PER_EVENT; client++) {
                    running.add(clients.submit(() -> {
                        while (System.nanoTime() < deadline && target.signUpsSent.size() - before < signUps
                                && started.getAndIncrement() < signUps * 20) {
                            if (!target.signUp()) {
                                Scenarios.sleep(250);
                            }
                        }
                        return null;
                    }));
                }
                int changesBefore = target.changes.get();
                running.add(clients.submit(() -> {
                    while (System.nanoTime() < deadline && target.changes.get() - changesBefore < changes) {
                        Scenarios.sleep(target.change() ? 100 : 250);
                    }
                    return null;
                }));
            }
            for (Future<?> client : running) {
                client.get();
            }
        }
    }

    /** Waits until the receiver has every acknowledged sign-up of the targets and as many event changes, or gives up. */
    private static void awaitAll(WebhookReceiver receiver, List<Target> targets) throws InterruptedException {
        awaitAll(receiver, targets, PATIENCE);
    }

    private static boolean awaitAll(WebhookReceiver receiver, List<Target> targets, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            boolean complete = targets.stream().allMatch(t -> missing(receiver, t).isEmpty()
                    && changesReceived(receiver, t) >= t.changes.get());
            if (complete) {
                return true;
            }
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(1);
        }
    }

    private static Set<String> missing(WebhookReceiver receiver, Target target) {
        Set<String> missing = new HashSet<>(target.signUpsSent.keySet());
        missing.removeAll(receiver.answeredBySubject(WebhookDrill::isRegistrationType).keySet());
        return missing;
    }

    private static long changesReceived(WebhookReceiver receiver, Target target) {
        return receiver.received().stream().filter(call -> call.subject().equals(target.eventId)
                && call.type().equals(EventTypes.EVENT_CHANGED)).count();
    }

    private static Map<String, Object> latencies(WebhookReceiver receiver, Target target) {
        return latencies(receiver, target, target.signUpsSent.keySet());
    }

    private static Map<String, Object> latencies(WebhookReceiver receiver, Target target, Set<String> registrations) {
        return latencies(receiver, target.signUpsSent, registrations);
    }

    private static Map<String, Object> latencies(WebhookReceiver receiver, Map<String, Long> from, Set<String> registrations) {
        Map<String, Long> answered = receiver.answeredBySubject(WebhookDrill::isRegistrationType);
        long[] nanos = registrations.stream().filter(id -> answered.containsKey(id) && from.containsKey(id))
                .mapToLong(id -> answered.get(id) - from.get(id)).toArray();
        return Latencies.summary(nanos);
    }

    /** What a receiver should have got: these sign-ups' registrations, and the event with this many changes. */
    record Expected(Set<String> registrations, String eventId, int changes) {
    }

    private static Map<String, Object> check(String name, WebhookReceiver receiver, Target target, List<String> problems) {
        return check(name, receiver.calls(), new Expected(Set.copyOf(target.signUpsSent.keySet()), target.eventId,
                target.changes.get()), problems);
    }

    /**
     * What one receiver got against what was written: every acknowledged sign-up, every aggregate's
     * events in order, the event's sequence without a gap (numbered from 1: a gap is an event lost on the
     * way), one webhook-id per event and no id for two events; a problem added for each kind that broke.
     */
    static Map<String, Object> check(String name, List<WebhookReceiver.Call> calls, Expected expected, List<String> problems) {
        List<WebhookReceiver.Call> received = WebhookReceiver.firstAccepted(calls);
        Map<String, Long> lastSequence = new HashMap<>();
        Map<String, String> idByEvent = new HashMap<>();
        Map<String, String> eventById = new HashMap<>();
        Set<String> registrations = new HashSet<>();
        int outOfOrder = 0;
        int idsNotOnePerEvent = 0;
        int unreadable = 0;
        long changes = 0;
        List<Long> eventSequences = new ArrayList<>();
        // every accepted call, retries included: a retry carries its event's id, and an id never stands for two events
        for (WebhookReceiver.Call call : calls) {
            if (call.accepted() && call.webhookId() != null) {
                String event = call.type() + "/" + call.subject() + "#" + call.sequence();
                String earlierId = idByEvent.putIfAbsent(event, call.webhookId());
                String earlierEvent = eventById.putIfAbsent(call.webhookId(), event);
                if ((earlierId != null && !earlierId.equals(call.webhookId())) || (earlierEvent != null && !earlierEvent.equals(event))) {
                    idsNotOnePerEvent++;
                }
            }
        }
        for (WebhookReceiver.Call call : received) {
            if (call.sequence() < 1 || call.subject().isEmpty() || call.webhookId() == null) {
                unreadable++;
                continue;
            }
            String aggregate = (isEventType(call.type()) ? "event/" : isRegistrationType(call.type()) ? "registration/"
                    : "other/") + call.subject();
            Long last = lastSequence.put(aggregate, call.sequence());
            if (last != null && call.sequence() <= last) {
                outOfOrder++;
            }
            if (isRegistrationType(call.type())) {
                registrations.add(call.subject());
            }
            if (call.subject().equals(expected.eventId()) && isEventType(call.type())) {
                eventSequences.add(call.sequence());
                if (call.type().equals(EventTypes.EVENT_CHANGED)) {
                    changes++;
                }
            }
        }
        eventSequences.sort(null);
        int gaps = 0;
        for (int i = 0; i < eventSequences.size(); i++) {
            if (eventSequences.get(i) != i + 1) {
                gaps++;
            }
        }
        Set<String> missing = new HashSet<>(expected.registrations());
        missing.removeAll(registrations);
        long accepted = calls.stream().filter(WebhookReceiver.Call::accepted).count();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("acknowledged_sign_ups", expected.registrations().size());
        result.put("sign_ups_missing", missing.size());
        result.put("event_changes_acknowledged", expected.changes());
        result.put("event_changes_received", changes);
        result.put("events_received", received.size());
        result.put("accepted_calls", accepted);
        result.put("duplicates_same_webhook_id", accepted - received.size());
        result.put("out_of_order", outOfOrder);
        result.put("sequence_gaps_of_the_event", gaps);
        result.put("webhook_ids_not_one_per_event", idsNotOnePerEvent);
        result.put("unreadable_calls", unreadable);
        if (!missing.isEmpty() || changes < expected.changes() || outOfOrder > 0 || gaps > 0 || idsNotOnePerEvent > 0
                || unreadable > 0) {
            problems.add("the " + name + " receiver: " + missing.size() + " of " + expected.registrations().size()
                    + " sign-ups missing, " + changes + " of " + expected.changes() + " event changes, " + outOfOrder
                    + " out of order, " + gaps + " gaps in the event's sequence, " + idsNotOnePerEvent
                    + " webhook-ids not one per event, " + unreadable + " unreadable");
        }
        return result;
    }

    /** Calls of {@code receiver} answered while one of {@code other}'s calls was open. */
    static long answeredDuring(WebhookReceiver receiver, WebhookReceiver other) {
        List<WebhookReceiver.Call> open = other.calls();
        return receiver.calls().stream().filter(call -> open.stream().anyMatch(
                slow -> call.answeredNanos() > slow.receivedNanos() && call.answeredNanos() < slow.answeredNanos())).count();
    }

    /** The receiver's first accepted calls answered between the two moments, per second. */
    private static double perSecond(WebhookReceiver receiver, long from, long to) {
        List<WebhookReceiver.Call> answered = receiver.received().stream()
                .filter(call -> call.answeredNanos() > from && call.answeredNanos() <= to).toList();
        if (answered.size() < 2) {
            return 0;
        }
        double seconds = (answered.getLast().answeredNanos() - answered.getFirst().answeredNanos()) / 1e9;
        return Math.round(answered.size() / seconds * 10) / 10.0;
    }

    static boolean isRegistrationType(String type) {
        return type.equals(EventTypes.REGISTRATION_CONFIRMED) || type.equals(EventTypes.REGISTRATION_WAITLISTED)
                || type.equals(EventTypes.REGISTRATION_PROMOTED) || type.equals(EventTypes.REGISTRATION_CANCELLED);
    }

    static boolean isEventType(String type) {
        return type.equals(EventTypes.EVENT_PUBLISHED) || type.equals(EventTypes.EVENT_CHANGED) || type.equals(EventTypes.EVENT_CANCELLED);
    }

    private static double p(Map<String, Object> summary, String key) {
        return ((Number) summary.get(key)).doubleValue();
    }
}
