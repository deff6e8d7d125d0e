package jp.kizuna.bench;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.BsonDocumentCodec;

/**
 * What the services have stored, read straight from their MongoDB databases, so that the drill can
 * tell whether a refused write stored something: a snapshot holds, per collection, a hash of every
 * document and of each of its top-level fields, and two snapshots say which documents were inserted,
 * deleted or changed (and in which fields).
 *
 * <p>Snapshots compare only while the platform is quiet ({@link #awaitQuiet}): no event waiting in any
 * aggregate's outbox (docs/adr/0001) and every consumer group caught up with its topics. Then nothing
 * but the request in between can have written, except collections that change by themselves (a lease,
 * a clock): {@link #learnSelfChangingCollections} watches the idle platform and leaves those out.
 */
final class StoredState implements AutoCloseable {

    /** One database's documents: collection → document id → top-level field → hash of its BSON value. */
    record Snapshot(String database, Map<String, Map<String, Map<String, Long>>> collections) {

        int documents() {
            return collections.values().stream().mapToInt(Map::size).sum();
        }
    }

    /** A collection the comparisons leave out, and why. */
    record Excluded(String database, String collection, String why) {
    }

    private final MongoClient mongo;
    private final Admin kafka;
    private final List<Excluded> excluded = new ArrayList<>();
    private long quietTimeouts;

    StoredState(String mongoUri, String kafkaBootstrapServers) {
        this(MongoClients.create(mongoUri), admin(kafkaBootstrapServers));
    }

    /** @param kafka {@code null} where only snapshots are taken (no waiting for consumers) */
    StoredState(MongoClient mongo, Admin kafka) {
        this.mongo = mongo;
        this.kafka = kafka;
    }

    private static Admin admin(String bootstrapServers) {
        Properties properties = new Properties();
        properties.put("bootstrap.servers", bootstrapServers);
        properties.put("request.timeout.ms", "10000");
        properties.put("default.api.timeout.ms", "15000");
        return Admin.create(properties);
    }

    List<Excluded> excluded() {
        return List.copyOf(excluded);
    }

    long quietTimeouts() {
        return quietTimeouts;
    }

    Snapshot snapshot(String database) {
        MongoDatabase db = mongo.getDatabase(database);
        Map<String, Map<String, Map<String, Long>>> collections = new TreeMap<>();
        for (String collection : db.listCollectionNames()) {
            if (isExcluded(database, collection)) {
                continue;
            }
            Map<String, Map<String, Long>> documents = new HashMap<>();
            for (RawBsonDocument document : db.getCollection(collection, RawBsonDocument.class).find()) {
                Map<String, Long> fields = new LinkedHashMap<>();
                for (var field : document.entrySet()) {
                    fields.put(field.getKey(), hash(field.getValue()));
                }
                BsonValue id = document.get("_id");
                documents.put(id == null ? "(no _id)" : render(id), fields);
            }
            collections.put(collection, documents);
        }
        return new Snapshot(database, collections);
    }

    /** What changed from one snapshot to the next, one line per document; empty when nothing did. */
    static List<String> changes(Snapshot before, Snapshot after) {
        List<String> changes = new ArrayList<>();
        Set<String> names = new TreeSet<>(before.collections().keySet());
        names.addAll(after.collections().keySet());
        for (String collection : names) {
            Map<String, Map<String, Long>> was = before.collections().getOrDefault(collection, Map.of());
            Map<String, Map<String, Long>> is = after.collections().getOrDefault(collection, Map.of());
            for (var document : is.entrySet()) {
                Map<String, Long> old = was.get(document.getKey());
                if (old == null) {
                    changes.add(collection + " " + document.getKey() + " inserted");
                } else if (!old.equals(document.getValue())) {
                    Set<String> fields = new TreeSet<>(old.keySet());
                    fields.addAll(document.getValue().keySet());
                    String changed = fields.stream().filter(field -> !java.util.Objects.equals(old.get(field),
                            document.getValue().get(field))).collect(Collectors.joining(", "));
                    changes.add(collection + " " + document.getKey() + " changed (" + changed + ")");
                }
            }
            for (String id : was.keySet()) {
                if (!is.containsKey(id)) {
                    changes.add(collection + " " + id + " deleted");
                }
            }
        }
        return changes;
    }

    /**
     * Waits (at most {@code max}) until no aggregate holds an unpublished event and every consumer group
     * has read its topics to the end; false when the platform did not get quiet in time.
     */
    boolean awaitQuiet(List<String> databases, Duration max) throws InterruptedException {
        long deadline = System.nanoTime() + max.toNanos();
        while (System.nanoTime() < deadline) {
            if (pendingOutboxEvents(databases) == 0 && consumerLag() == 0) {
                return true;
            }
            Thread.sleep(100);
        }
        quietTimeouts++;
        return false;
    }

    /**
     * Watches the quiet, idle platform for {@code watch} and leaves out of every later comparison the
     * collections that changed meanwhile: nothing was sent, so they change by themselves.
     */
    void learnSelfChangingCollections(List<String> databases, Duration watch) throws InterruptedException {
        awaitQuiet(databases, Duration.ofSeconds(60));
        Map<String, Snapshot> before = new LinkedHashMap<>();
        databases.forEach(database -> before.put(database, snapshot(database)));
        Thread.sleep(watch.toMillis());
        for (String database : databases) {
            Snapshot after = snapshot(database);
            Set<String> changed = new TreeSet<>();
            for (String change : changes(before.get(database), after)) {
                changed.add(change.substring(0, change.indexOf(' ')));
            }
            changed.forEach(collection -> excluded.add(new Excluded(database, collection,
                    "changed by itself within " + watch.toSeconds() + " s while the drill sent nothing")));
        }
    }

    private boolean isExcluded(String database, String collection) {
        return excluded.stream().anyMatch(entry -> entry.database().equals(database) && entry.collection().equals(collection));
    }

    private long pendingOutboxEvents(List<String> databases) {
        long pending = 0;
        for (String database : databases) {
            MongoDatabase db = mongo.getDatabase(database);
            for (String collection : db.listCollectionNames()) {
                pending += db.getCollection(collection).countDocuments(new Document("outbox.0", new Document("$exists", true)));
            }
        }
        return pending;
    }

    /** Messages the platform's consumer groups have not read yet (the drill's own groups left out). */
    private long consumerLag() {
        if (kafka == null) {
            return 0;
        }
        try {
            long lag = 0;
            for (ConsumerGroupListing group : kafka.listConsumerGroups().all().get()) {
                if (group.groupId().startsWith("drill-")) {
                    continue;
                }
                Map<TopicPartition, OffsetAndMetadata> committed = kafka.listConsumerGroupOffsets(group.groupId())
                        .partitionsToOffsetAndMetadata().get();
                Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
                committed.keySet().forEach(partition -> latest.put(partition, OffsetSpec.latest()));
                Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = kafka.listOffsets(latest).all().get();
                for (var entry : committed.entrySet()) {
                    if (entry.getValue() != null && ends.containsKey(entry.getKey())) {
                        lag += Math.max(0, ends.get(entry.getKey()).offset() - entry.getValue().offset());
                    }
                }
            }
            return lag;
        } catch (java.util.concurrent.ExecutionException e) {
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    private static String render(BsonValue id) {
        if (id.isString()) {
            return id.asString().getValue();
        }
        if (id.isObjectId()) {
            return id.asObjectId().getValue().toHexString();
        }
        return id.toString();
    }

    /** FNV-1a over the value's BSON encoding (as the one field of a document, so every type encodes alike). */
    private static long hash(BsonValue value) {
        ByteBuffer bytes = new RawBsonDocument(new BsonDocument("v", value), new BsonDocumentCodec()).getByteBuffer().asNIO();
        long hash = 0xcbf29ce484222325L;
        while (bytes.hasRemaining()) {
            hash ^= bytes.get() & 0xff;
            hash *= 0x100000001b3L;
        }
        return hash;
    }

    @Override
    public void close() {
        mongo.close();
        if (kafka != null) {
            kafka.close(Duration.ofSeconds(5));
        }
    }
}
