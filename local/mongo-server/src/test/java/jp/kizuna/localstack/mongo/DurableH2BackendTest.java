package jp.kizuna.localstack.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local MongoDB keeps every acknowledged write when its process is killed without warning. */
class DurableH2BackendTest {

    @TempDir
    Path dir;

    @Test
    void anAcknowledgedWriteSurvivesSigkillOfTheServerProcess() throws Exception {
        Path file = dir.resolve("kizuna.mv.db");
        int port = LocalMongoProcess.freePort();
        Process server = start(port, file);
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + port)) {
            client.getDatabase("kizuna").getCollection("organizations")
                    .insertOne(new Document("_id", "minato").append("name", "みんなと湊まちづくりネットワーク"));
        }
        server.destroyForcibly().waitFor();

        Process restarted = start(port, file);
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + port)) {
            Document found = client.getDatabase("kizuna").getCollection("organizations")
                    .find(new Document("_id", "minato")).first();
            assertThat(found).isNotNull();
            assertThat(found.getString("name")).isEqualTo("みんなと湊まちづくりネットワーク");
        } finally {
            restarted.destroy();
            restarted.waitFor();
        }
    }

    private Process start(int port, Path file) throws Exception {
        return LocalMongoProcess.start(port, file, dir);
    }
}
