package jp.kizuna.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;

import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Two snapshots of a database tell which documents a request inserted, changed (in which fields) or deleted. */
class StoredStateTest {

    MongoServer server;
    StoredState stored;
    MongoCollection<Document> events;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        String uri = "mongodb://127.0.0.1:" + address.getPort();
        stored = new StoredState(MongoClients.create(uri), null);
        events = MongoClients.create(uri).getDatabase("kizuna_events").getCollection("community_events");
        events.insertOne(new Document("_id", "e1").append("title", "会津").append("version", 0).append("outbox", List.of()));
    }

    @AfterEach
    void stop() {
        stored.close();
        server.shutdownNow();
    }

    @Test
    void nothingChangedGivesNoChanges() {
        assertThat(StoredState.changes(stored.snapshot("kizuna_events"), stored.snapshot("kizuna_events"))).isEmpty();
    }

    @Test
    void aChangedFieldAnInsertedAndADeletedDocumentAreEachNamed() {
        StoredState.Snapshot before = stored.snapshot("kizuna_events");
        events.updateOne(Filters.eq("_id", "e1"), Updates.combine(Updates.set("title", "湊"), Updates.inc("version", 1)));
        events.insertOne(new Document("_id", "e2").append("title", "新"));
        StoredState.Snapshot middle = stored.snapshot("kizuna_events");
        assertThat(StoredState.changes(before, middle)).containsExactly("community_events e1 changed (title, version)",
                "community_events e2 inserted");
        events.deleteOne(Filters.eq("_id", "e1"));
        assertThat(StoredState.changes(middle, stored.snapshot("kizuna_events"))).containsExactly("community_events e1 deleted");
    }

    @Test
    void anEventWaitingInAnOutboxKeepsThePlatformFromBeingQuiet() throws InterruptedException {
        assertThat(stored.awaitQuiet(List.of("kizuna_events"), Duration.ofMillis(300))).isTrue();
        events.updateOne(Filters.eq("_id", "e1"), Updates.push("outbox", new Document("eventId", "x")));
        assertThat(stored.awaitQuiet(List.of("kizuna_events"), Duration.ofMillis(300))).isFalse();
    }

    @Test
    void aCollectionThatChangesWhileNothingIsSentIsLeftOut() throws InterruptedException {
        MongoCollection<Document> leases = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort())
                .getDatabase("kizuna_events").getCollection("leases");
        leases.insertOne(new Document("_id", "reconciler").append("until", 1));
        Thread ticking = Thread.ofVirtual().start(() -> {
            for (int i = 2; i < 40 && !Thread.currentThread().isInterrupted(); i++) {
                leases.updateOne(Filters.eq("_id", "reconciler"), Updates.set("until", i));
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        stored.learnSelfChangingCollections(List.of("kizuna_events"), Duration.ofMillis(500));
        ticking.interrupt();
        assertThat(stored.excluded()).extracting(StoredState.Excluded::collection).containsExactly("leases");
        assertThat(stored.snapshot("kizuna_events").collections()).containsOnlyKeys("community_events");
    }
}
