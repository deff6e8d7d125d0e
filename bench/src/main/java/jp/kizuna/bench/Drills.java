package jp.kizuna.bench;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import jp.kizuna.localstack.LocalStack;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.JsonNode;

/**
 * The fault drills of `make drill`, each keeping a ledger of the writes the platform acknowledged and
 * checking afterwards that every one of them took effect exactly once.
 */
final class Drills {

    private final BenchStack stack;
    private final Http http = new Http();
    private final String city;
    private final List<String> brokenInvariants = new ArrayList<>();

    Drills(BenchStack stack) {
        this.stack = stack;
        this.city = stack.token("city-staff");
    }

    List<String> brokenInvariants() {
        return brokenInvariants;
    }

    /** Writes organizations through the gateway, one after another, until stopped; the ledger keeps the 201s. */
    private final class WriteLoad implements AutoCloseable {

        final ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
        final AtomicLong refused = new AtomicLong();
        final ConcurrentLinkedQueue<String> refusals = new ConcurrentLinkedQueue<>();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Future<?> loop;
        private final java.util.concurrent.ExecutorService executor = Executors.newSingleThreadExecutor();

        WriteLoad(String name) {
            loop = executor.submit(() -> {
                int i = 0;
                while (running.get()) {
                    Http.Answer answer = http.post(stack.gateway() + "/api/registry/organizations", city,
                            Scenarios.organization(name, i++));
                    if (answer.status() == 201) {
                        acknowledged.add(answer.json().get("id").asString());
                    } else {
                        refused.incrementAndGet();
                        if (refusals.size() < 5) {
                            refusals.add(answer.status() + " " + answer.body());
                        }
                    }
                    Scenarios.sleep(20);
                }
            });
        }

        @Override
        public void close() throws Exception {
            running.set(false);
            loop.get();
            executor.shutdown();
        }
    }

    /** SIGKILL of the Kafka broker in the middle of a write load, then a restart. */
    Map<String, Object> brokerKilled() throws Exception {
        long before = stack.kpiLiveValue();
        Map<String, Object> result = new LinkedHashMap<>();
        WriteLoad load = new WriteLoad("ブローカー停止訓練");
        try (load) {
            Thread.sleep(3_000);
            stack.component(LocalStack.KAFKA).kill();
            long killed = System.nanoTime();
            Thread.sleep(5_000);
            stack.stack.restart(LocalStack.KAFKA);
            result.put("broker_down_ms", (System.nanoTime() - killed) / 1_000_000);
            Thread.sleep(3_000);
        }
        int acknowledged = load.acknowledged.size();
        long expected = before + acknowledged;
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        long started = System.nanoTime();
        while (stack.kpiLiveValue() < expected && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        long arrivedAfter = (System.nanoTime() - started) / 1_000_000;
        Thread.sleep(5_000);
        long counted = stack.kpiLiveValue() - before;
        long missing = load.acknowledged.stream().filter(id -> http.get(stack.gateway() + "/api/registry/organizations/" + id,
                null).status() != 200).count();
        result.put("acknowledged_writes", acknowledged);
        result.put("refused_writes", load.refused.get());
        result.put("refusals_sample", List.copyOf(load.refusals));
        result.put("missing_at_the_registry", missing);
        result.put("counted_by_the_kpi_service", counted);
        result.put("all_counted_after_ms", arrivedAfter);
        if (missing > 0 || counted != acknowledged) {
            brokenInvariants.add("broker kill: " + acknowledged + " acknowledged, " + missing + " missing at the registry, "
                    + counted + " counted by the KPI service (exactly " + acknowledged + " expected)");
        }
        return result;
    }

    /** A service killed in the middle of a load: the gateway answers 503 at once, and recovers by itself. */
    Map<String, Object> serviceKilled() throws Exception {
        Map<String, Object> result = new LinkedHashMap<>();
        WriteLoad load = new WriteLoad("サービス停止訓練");
        List<Long> downLatencies = new ArrayList<>();
        int notProblem = 0;
        long recoveredAfter;
        try (load) {
            Thread.sleep(2_000);
            stack.component(LocalStack.REGISTRY).kill();
            for (int i = 0; i < 20; i++) {
                long asked = System.nanoTime();
                HttpResponse<String> answer = http.raw(HttpRequest.newBuilder(
                        URI.create(stack.gateway() + "/api/registry/organizations/minato")).GET().build());
                downLatencies.add(System.nanoTime() - asked);
                if (answer.statusCode() != 503 || answer.headers().firstValue("Retry-After").isEmpty()
                        || !answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
                    notProblem++;
                }
                Thread.sleep(100);
            }
            stack.component(LocalStack.REGISTRY).start();
            long restarted = System.nanoTime();
            while (http.get(stack.gateway() + "/api/registry/organizations/minato", null).status() != 200) {
                if (System.nanoTime() - restarted > Duration.ofSeconds(180).toNanos()) {
                    brokenInvariants.add("service kill: the gateway did not recover within 180 s of the restart");
                    break;
                }
                Thread.sleep(200);
            }
            recoveredAfter = (System.nanoTime() - restarted) / 1_000_000;
            Thread.sleep(2_000);
        }
        long[] down = downLatencies.stream().mapToLong(Long::longValue).toArray();
        long missing = load.acknowledged.stream().filter(id -> http.get(stack.gateway() + "/api/registry/organizations/" + id,
                null).status() != 200).count();
        result.put("answers_while_down", downLatencies.size());
        result.put("not_503_problem", notProblem);
        result.put("answer_while_down", Latencies.summary(down));
        result.put("recovered_after_restart_ms", recoveredAfter);
        result.put("acknowledged_writes", load.acknowledged.size());
        result.put("missing_after_restart", missing);
        if (notProblem > 0 || missing > 0) {
            brokenInvariants.add("service kill: " + notProblem + " answers while down were not 503 problem+json, "
                    + missing + " acknowledged writes missing");
        }
        return result;
    }

    /**
     * The events service SIGKILLed in the middle of a registration rush, then started again while the
     * rush goes on: afterwards (once the reconciler has placed what the kill left half-done) every
     * acknowledged sign-up is in the roster exactly once, confirmed or waitlisted; the seats are the
     * earliest tickets, exactly the capacity, never more (also sampled from the event while the rush
     * runs); the waitlist is in ticket order and nothing is left being placed.
     */
    Map<String, Object> registrationRushKilled(int signUps, int clients, Duration ready) throws Exception {
        RegistrationRush rush = new RegistrationRush(stack, city, brokenInvariants);
        int capacity = Math.max(1, signUps / 10);
        String eventId = rush.publishedEvent("申込集中停止訓練", capacity, null, null);
        String url = rush.signUpUrl(eventId);
        AtomicBoolean sampling = new AtomicBoolean(true);
        AtomicLong mostSeatsSeen = new AtomicLong();
        Map<String, Object> result = new LinkedHashMap<>();
        try (var background = Executors.newVirtualThreadPerTaskExecutor()) {
            background.submit(() -> {
                while (sampling.get()) {
                    Http.Answer event = http.get(stack.gateway() + "/api/events/" + eventId, city);
                    if (event.status() == 200) {
                        mostSeatsSeen.accumulateAndGet(event.json().path("registration").path("confirmed").asLong(), Math::max);
                    }
                    Scenarios.sleep(100);
                }
                return null;
            });
            Future<Long> restart = background.submit(() -> {
                // killed once the rush is under way: a twentieth of it placed, or after 60 s
                long giveUp = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                while (System.nanoTime() < giveUp) {
                    JsonNode seats = http.get(stack.gateway() + "/api/events/" + eventId, city).json().path("registration");
                    if (seats.path("confirmed").asLong() + seats.path("waitlisted").asLong() >= Math.max(10, signUps / 20)) {
                        break;
                    }
                    Thread.sleep(100);
                }
                stack.component(LocalStack.EVENTS).kill();
                long killed = System.nanoTime();
                Thread.sleep(3_000);
                stack.component(LocalStack.EVENTS).start();
                stack.component(LocalStack.EVENTS).awaitReady(ready);
                return (System.nanoTime() - killed) / 1_000_000;
            });
            RegistrationRush.Rush beforeAndDuring = rush.signUps(url, signUps / 2, clients, rush::signUp,
                    RegistrationRush::registrationId);
            long downMillis = restart.get();
            while (http.get(stack.gateway() + "/api/events/" + eventId, city).status() != 200) {
                Thread.sleep(200);
            }
            RegistrationRush.Rush after = rush.signUps(url, signUps - signUps / 2, clients, rush::signUp,
                    RegistrationRush::registrationId);
            List<String> acknowledged = new ArrayList<>(beforeAndDuring.acknowledged());
            acknowledged.addAll(after.acknowledged());
            // what the kill left REQUESTED or journalled is taken over by the reconciler (grace 10 s, every 15 s)
            RosterCheck roster = RosterCheck.of(rush.roster(eventId), acknowledged);
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (roster.requested() > 0 || !roster.problems(capacity, roster.confirmed() + roster.waitlisted()).isEmpty()) {
                if (System.nanoTime() > deadline) {
                    break;
                }
                Thread.sleep(2_000);
                roster = RosterCheck.of(rush.roster(eventId), acknowledged);
            }
            sampling.set(false);
            int placed = roster.confirmed() + roster.waitlisted() + roster.requested();
            List<String> problems = new ArrayList<>(roster.problems(capacity, placed));
            if (mostSeatsSeen.get() > capacity) {
                problems.add(mostSeatsSeen.get() + " seats held at one moment for " + capacity);
            }
            if (after.failed() > 0) {
                problems.add(after.failed() + " sign-ups failed after the restart, first: " + after.firstFailure());
            }
            result.put("sign_ups_sent", signUps);
            result.put("capacity", capacity);
            result.put("events_service_down_until_ready_ms", downMillis);
            result.put("acknowledged", acknowledged.size());
            result.put("refused_around_the_kill", beforeAndDuring.failed());
            result.put("first_refusal", beforeAndDuring.firstFailure());
            result.put("registrations_afterwards", placed);
            result.put("most_seats_seen_during_the_rush", mostSeatsSeen.get());
            result.putAll(roster.asMap());
            if (!problems.isEmpty()) {
                brokenInvariants.add("events service killed mid-rush: " + String.join("; ", problems));
            }
        }
        return result;
    }

    /** Partner webhooks with a slow, a down and a fine receiver, and the dispatcher killed mid-delivery ({@link WebhookDrill}). */
    Map<String, Object> webhooks(int signUps, int changes, Duration ready, PrintStream out) throws Exception {
        return new WebhookDrill(stack, city, brokenInvariants, out).drill(signUps, changes, ready);
    }

    /** A record that is no event on the organization topic goes to the KPI service's dead-letter topic. */
    Map<String, Object> poisonMessage() throws Exception {
        String key = "poison-" + UUID.randomUUID();
        Properties producer = new Properties();
        producer.put("bootstrap.servers", stack.stack.settings().kafkaBootstrapServers());
        try (KafkaProducer<String, byte[]> kafka = new KafkaProducer<>(producer, new StringSerializer(), new ByteArraySerializer())) {
            kafka.send(new ProducerRecord<>("kizuna.registry.organization.v1", key,
                    "{not an event".getBytes(StandardCharsets.UTF_8))).get();
        }
        long sent = System.nanoTime();
        boolean deadLettered = false;
        Properties consumer = new Properties();
        consumer.put("bootstrap.servers", stack.stack.settings().kafkaBootstrapServers());
        consumer.put("group.id", "drill-" + UUID.randomUUID());
        consumer.put("auto.offset.reset", "earliest");
        try (KafkaConsumer<String, byte[]> kafka = new KafkaConsumer<>(consumer, new StringDeserializer(), new ByteArrayDeserializer())) {
            kafka.subscribe(List.of("kizuna.kpi-evaluation.dead-letter.v1"));
            while (!deadLettered && System.nanoTime() - sent < Duration.ofSeconds(90).toNanos()) {
                for (ConsumerRecord<String, byte[]> record : kafka.poll(Duration.ofMillis(500))) {
                    deadLettered |= key.equals(record.key());
                }
            }
        }
        long deadLetteredAfter = (System.nanoTime() - sent) / 1_000_000;
        long before = stack.kpiLiveValue();
        Http.Answer write = http.post(stack.gateway() + "/api/registry/organizations", city, Scenarios.organization("毒入り後", 0));
        long written = System.nanoTime();
        while (stack.kpiLiveValue() < before + 1 && System.nanoTime() - written < Duration.ofSeconds(60).toNanos()) {
            Thread.sleep(100);
        }
        boolean continued = write.status() == 201 && stack.kpiLiveValue() >= before + 1;
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("dead_lettered", deadLettered);
        result.put("dead_lettered_after_ms", deadLetteredAfter);
        result.put("partition_continued", continued);
        if (!deadLettered || !continued) {
            brokenInvariants.add("poison message: dead-lettered " + deadLettered + ", the partition continued " + continued);
        }
        return result;
    }

    /**
     * Every parameter (query, path, header) and body field of every operation of the four OpenAPI
     * documents, with edge values generated from {@code seed}, and the services' collections compared
     * around every refused write ({@link ParameterFuzz}).
     */
    Map<String, Object> fuzz(long seed, int samples, int bodyCases, PrintStream out) throws Exception {
        Map<String, JsonNode> documents = new LinkedHashMap<>();
        for (String document : ParameterFuzz.DOCUMENTS) {
            documents.put(document, http.get(stack.gateway() + "/api/docs/" + document, null).json());
        }
        FuzzClient client = new FuzzClient(stack.gateway(), stack::token);
        try (StoredState stored = new StoredState(stack.stack.settings().mongoUri(),
                stack.stack.settings().kafkaBootstrapServers())) {
            Map<String, Object> result = new ParameterFuzz(client, stored, seed, samples, bodyCases, out).run(documents);
            List<?> violations = (List<?>) result.get("violations");
            if (!violations.isEmpty()) {
                Map<?, ?> first = (Map<?, ?>) violations.getFirst();
                brokenInvariants.add("fuzz: " + violations.size() + " violations (seed " + seed + "), first: "
                        + first.get("operation") + " " + first.get("location") + " " + first.get("parameter") + " ["
                        + first.get("edge_class") + "] " + first.get("what_is_wrong"));
            }
            return result;
        }
    }
}
