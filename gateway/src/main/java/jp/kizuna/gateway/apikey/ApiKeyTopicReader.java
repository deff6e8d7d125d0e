package jp.kizuna.gateway.apikey;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.ConsumerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the registry's compacted API-key topic from its beginning into the {@link ApiKeyDirectory}
 * and then follows it, so an issued or revoked key takes effect on this replica within about a
 * second of the registry publishing it. Every replica reads the whole topic itself (partitions are
 * assigned, not shared in a consumer group, and no offsets are committed). While the broker is away
 * the directory keeps what it knows and the reader reconnects by itself.
 */
public class ApiKeyTopicReader implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ApiKeyTopicReader.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration RETRY = Duration.ofSeconds(2);

    private final ConsumerFactory<String, byte[]> consumers;
    private final String topic;
    private final ApiKeyDirectory directory;
    private final JsonMapper json;
    private volatile Consumer<String, byte[]> consumer;
    private volatile Thread thread;
    private volatile boolean running;

    public ApiKeyTopicReader(ConsumerFactory<String, byte[]> consumers, String topic, ApiKeyDirectory directory,
                             JsonMapper json) {
        this.consumers = consumers;
        this.topic = topic;
        this.directory = directory;
        this.json = json;
    }

    @Override
    public void start() {
        running = true;
        thread = Thread.ofPlatform().name("api-key-reader").daemon().start(this::run);
    }

    @Override
    public void stop() {
        running = false;
        Consumer<String, byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        try {
            if (thread != null) {
                thread.join(Duration.ofSeconds(5));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void run() {
        while (running) {
            Properties overrides = new Properties();
            overrides.put("enable.auto.commit", "false");
            try (Consumer<String, byte[]> opened = consumers.createConsumer(null, "gateway-api-keys", null, overrides)) {
                consumer = opened;
                follow(opened);
            } catch (WakeupException e) {
                return;
            } catch (RuntimeException e) {
                log.warn("Reading {} failed ({}); retrying in {} s", topic, e.toString(), RETRY.toSeconds());
                sleep();
            }
        }
    }

    private void follow(Consumer<String, byte[]> opened) {
        List<TopicPartition> partitions = partitions(opened);
        while (running && partitions.isEmpty()) {
            // the registry declares the topic when it starts; until then no key exists
            directory.markLoaded();
            sleep();
            partitions = partitions(opened);
        }
        opened.assign(partitions);
        opened.seekToBeginning(partitions);
        Map<TopicPartition, Long> ends = opened.endOffsets(partitions);
        while (running) {
            for (ConsumerRecord<String, byte[]> record : opened.poll(POLL)) {
                apply(record);
            }
            if (!directory.loaded() && ends.entrySet().stream().allMatch(end -> opened.position(end.getKey()) >= end.getValue())) {
                directory.markLoaded();
                log.info("API keys loaded from {}: {} keys", topic, directory.size());
            }
        }
    }

    private List<TopicPartition> partitions(Consumer<String, byte[]> opened) {
        List<PartitionInfo> infos = opened.partitionsFor(topic, Duration.ofSeconds(10));
        List<TopicPartition> partitions = new ArrayList<>();
        if (infos != null) {
            infos.forEach(info -> partitions.add(new TopicPartition(info.topic(), info.partition())));
        }
        return partitions;
    }

    /** Takes the key's state from the event's {@code apiKey} snapshot; the event type needs no reading. */
    void apply(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            directory.remove(record.key());
            return;
        }
        try {
            JsonNode key = json.readTree(record.value()).path("apiKey");
            List<String> scopes = new ArrayList<>();
            key.path("scopes").forEach(scope -> scopes.add(scope.asString()));
            String expiresAt = key.hasNonNull("expiresAt") ? key.get("expiresAt").asString() : null;
            directory.put(key.required("secretSha256").asString(), new PartnerKey(key.required("keyId").asString(),
                    key.required("organizationId").asString(), List.copyOf(scopes),
                    "ACTIVE".equals(key.path("status").asString()), expiresAt == null ? null : Instant.parse(expiresAt)));
        } catch (JacksonException | IllegalArgumentException | java.time.format.DateTimeParseException e) {
            log.error("Skipping unreadable API-key record {}-{}@{}: {}", record.topic(), record.partition(),
                    record.offset(), e.getMessage());
        }
    }

    private void sleep() {
        try {
            Thread.sleep(RETRY);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
