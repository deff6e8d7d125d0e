package jp.kizuna.platform.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jp.kizuna.platform.events.CloudEventCodec;
import jp.kizuna.platform.events.OutboxEvent;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

/**
 * Publishes the events waiting in aggregate documents and removes each one only after the broker
 * acknowledged it (idempotent producer, acks=all).
 *
 * <p>A crash between the acknowledgement and the removal publishes the event again on the next
 * round: delivery is at least once and consumers discard what they have already applied. While
 * the broker is unreachable writes are still accepted; their events wait here and go out, in
 * order, when it is back.
 *
 * <p>A write that loaded its aggregate before the relay removed an event saves the whole document
 * back, event included. The relay remembers the ids it recently had acknowledged and removes such a
 * returning event without publishing it again. (Another relay replica does not share that memory;
 * what it publishes twice, consumers discard.)
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final String OUTBOX = "outbox";
    private static final int RECENTLY_PUBLISHED_CAPACITY = 10_000;

    private final MongoTemplate mongo;
    private final KafkaTemplate<String, byte[]> kafka;
    private final CloudEventCodec codec;
    private final OutboxProperties properties;
    private final Supplier<List<String>> collections;
    private final Semaphore wakeUps = new Semaphore(0);
    private final Counter published;
    private final Counter failures;
    /** Ids of events the broker acknowledged lately, oldest evicted first. */
    private final Set<String> recentlyPublished = Collections.synchronizedSet(Collections.newSetFromMap(
            new LinkedHashMap<>(1024, 0.75f, false) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                    return size() > RECENTLY_PUBLISHED_CAPACITY;
                }
            }));

    private volatile boolean running;
    private Thread worker;

    public OutboxRelay(MongoTemplate mongo, KafkaTemplate<String, byte[]> kafka, CloudEventCodec codec,
                       OutboxProperties properties, Supplier<List<String>> collections, MeterRegistry meters) {
        this.mongo = mongo;
        this.kafka = kafka;
        this.codec = codec;
        this.properties = properties;
        this.collections = collections;
        this.published = Counter.builder("kizuna.outbox.published")
                .description("Events acknowledged by the broker and removed from the outbox").register(meters);
        this.failures = Counter.builder("kizuna.outbox.publish.failures")
                .description("Relay rounds that could not reach the broker").register(meters);
        Gauge.builder("kizuna.outbox.pending", this, OutboxRelay::countPendingDocuments)
                .description("Aggregate documents with events not yet published").register(meters);
    }

    /** Asks the relay to run a round now instead of at the end of its poll interval. */
    public void wakeUp() {
        if (wakeUps.availablePermits() == 0) {
            wakeUps.release();
        }
    }

    /**
     * Publishes what is pending now, one bounded batch per collection.
     *
     * @return the number of events published and removed from their outbox
     * @throws OutboxPublishException when the broker did not acknowledge an event; what was
     *                                acknowledged before it has been removed
     */
    public int relayPending() {
        int count = 0;
        for (String collectionName : collections.get()) {
            count += relayCollection(mongo.getCollection(collectionName));
        }
        return count;
    }

    private int relayCollection(MongoCollection<Document> collection) {
        List<Document> documents = collection.find(Filters.exists(OUTBOX + ".0"))
                .projection(Projections.include(OUTBOX))
                .limit(properties.batchSize())
                .into(new ArrayList<>());
        List<PendingDocument> sent = new ArrayList<>();
        List<String> returning = new ArrayList<>();
        for (Document document : documents) {
            List<Sending> sendings = new ArrayList<>();
            for (Document raw : document.getList(OUTBOX, Document.class)) {
                OutboxEvent event = toOutboxEvent(raw);
                if (recentlyPublished.contains(event.eventId())) {
                    returning.add(event.eventId());
                } else {
                    sendings.add(new Sending(event, kafka.send(codec.encode(event))));
                }
            }
            sent.add(new PendingDocument(document.get("_id"), sendings));
            if (!returning.isEmpty()) {
                collection.updateOne(Filters.eq("_id", document.get("_id")), Updates.pullByFilter(
                        new Document(OUTBOX, new Document("eventId", new Document("$in", List.copyOf(returning))))));
                returning.clear();
            }
        }
        int count = 0;
        OutboxPublishException failure = null;
        long deadline = System.nanoTime() + properties.sendTimeout().toNanos();
        for (PendingDocument document : sent) {
            List<String> acknowledged = new ArrayList<>();
            for (Sending sending : document.sendings()) {
                try {
                    sending.result().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                    acknowledged.add(sending.event().eventId());
                } catch (ExecutionException | TimeoutException e) {
                    failure = new OutboxPublishException("broker did not acknowledge event "
                            + sending.event().eventId() + ": " + rootMessage(e), e);
                    break; // later events of this aggregate wait, to keep their order
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new OutboxPublishException("interrupted while waiting for the broker", e);
                }
            }
            if (!acknowledged.isEmpty()) {
                recentlyPublished.addAll(acknowledged);
                collection.updateOne(Filters.eq("_id", document.id()),
                        Updates.pullByFilter(new Document(OUTBOX,
                                new Document("eventId", new Document("$in", acknowledged)))));
                count += acknowledged.size();
                published.increment(acknowledged.size());
            }
        }
        if (failure != null) {
            throw failure;
        }
        return count;
    }

    private static OutboxEvent toOutboxEvent(Document raw) {
        Object time = raw.get("time");
        Instant instant = time instanceof Date date ? date.toInstant() : Instant.parse(String.valueOf(time));
        return new OutboxEvent(raw.getString("eventId"), raw.getString("topic"), raw.getString("key"),
                raw.getString("type"), ((Number) raw.get("sequence")).longValue(), instant, raw.getString("data"),
                raw.getString("traceparent"));
    }

    private double countPendingDocuments() {
        long pending = 0;
        for (String name : collections.get()) {
            pending += mongo.getCollection(name).countDocuments(Filters.exists(OUTBOX + ".0"));
        }
        return pending;
    }

    private void runLoop() {
        Duration backoff = properties.pollInterval();
        while (running) {
            try {
                int count = relayPending();
                backoff = properties.pollInterval();
                if (count == 0) {
                    wakeUps.tryAcquire(properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                    wakeUps.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                failures.increment();
                log.warn("Outbox relay could not publish ({}); next attempt in {}", rootMessage(e), backoff);
                if (!pause(backoff)) {
                    return;
                }
                backoff = backoff.multipliedBy(2).compareTo(properties.maxBackoff()) > 0
                        ? properties.maxBackoff() : backoff.multipliedBy(2);
            }
        }
    }

    private boolean pause(Duration duration) {
        try {
            Thread.sleep(duration);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    @Override
    public void start() {
        running = true;
        worker = Thread.ofPlatform().name("outbox-relay").daemon(true).start(this::runLoop);
    }

    @Override
    public void stop() {
        running = false;
        if (worker != null) {
            worker.interrupt();
            try {
                worker.join(Duration.ofSeconds(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private record Sending(OutboxEvent event, CompletableFuture<SendResult<String, byte[]>> result) {
    }

    private record PendingDocument(Object id, List<Sending> sendings) {
    }
}
