package jp.kizuna.localstack.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * City IT looks at the local data with the standard tool: today's mongosh (from npm) connects to
 * the local MongoDB, which answers {@code hello} and reports a version its wire protocol matches.
 * mongosh is installed into the build directory the first time; without npm the test is skipped.
 */
class MongoShellConnectsTest {

    private static final String MONGOSH_VERSION = System.getProperty("kizuna.test.mongosh", "2.12.0");
    private static final Path TOOLS = Path.of("target/mongo-shell");

    @TempDir
    Path dir;

    @BeforeAll
    static void installMongosh() throws Exception {
        if (Files.exists(mongosh())) {
            return;
        }
        Files.createDirectories(TOOLS);
        Process npm;
        try {
            npm = new ProcessBuilder("npm", "install", "--no-save", "--no-audit", "--no-fund", "--loglevel=error",
                    "--prefix", TOOLS.toString(), "mongosh@" + MONGOSH_VERSION).redirectErrorStream(true)
                    .redirectOutput(TOOLS.resolve("npm.log").toFile()).start();
        } catch (IOException noNpm) {
            Assumptions.abort("npm is not installed, so mongosh cannot be fetched to check the local MongoDB: " + noNpm.getMessage());
            return;
        }
        boolean done = npm.waitFor(5, TimeUnit.MINUTES);
        if (!done) {
            npm.destroyForcibly();
        }
        Assumptions.assumeTrue(done && npm.exitValue() == 0, "mongosh " + MONGOSH_VERSION
                + " could not be installed from npm (see " + TOOLS.resolve("npm.log") + ")");
    }

    private static Path mongosh() {
        return TOOLS.resolve("node_modules/.bin/mongosh");
    }

    @Test
    void mongoshReadsWhatTheServicesWroteAndSeesAWritablePrimary() throws Exception {
        int port = LocalMongoProcess.freePort();
        Process server = LocalMongoProcess.start(port, dir.resolve("kizuna.mv.db"), dir);
        try {
            try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + port)) {
                client.getDatabase("kizuna").getCollection("organizations")
                        .insertOne(new Document("_id", "minato").append("name", "みんなと湊まちづくりネットワーク"));
            }

            String output = shell(port, """
                    const hello = db.runCommand({hello: 1});
                    print('writable=' + hello.isWritablePrimary + ' wire=' + hello.maxWireVersion);
                    print('version=' + db.version());
                    print('found=' + db.organizations.findOne({_id: 'minato'}).name);
                    db.organizations.insertOne({_id: 'ikki', name: '一箕地区'});
                    print('count=' + db.organizations.countDocuments({}));
                    """);

            assertThat(output).contains("writable=true wire=9", "version=4.4.0",
                    "found=みんなと湊まちづくりネットワーク", "count=2");
        } finally {
            server.destroy();
            server.waitFor();
        }
    }

    @Test
    void theJavaDriverOfTheServicesStillConnectsAtTheReportedVersion() throws Exception {
        int port = LocalMongoProcess.freePort();
        Process server = LocalMongoProcess.start(port, dir.resolve("kizuna.mv.db"), dir);
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + port)) {
            Document buildInfo = client.getDatabase("admin").runCommand(new Document("buildInfo", 1));
            Document hello = client.getDatabase("admin").runCommand(new Document("hello", 1));

            assertThat(buildInfo.getString("version")).isEqualTo("4.4.0");
            assertThat(buildInfo.getList("versionArray", Integer.class)).startsWith(4, 4, 0);
            assertThat(hello.getBoolean("isWritablePrimary")).isTrue();
            assertThat(hello.getInteger("maxWireVersion")).isEqualTo(9);
            assertThat(hello).doesNotContainKey("ismaster");
        } finally {
            server.destroy();
            server.waitFor();
        }
    }

    private String shell(int port, String script) throws Exception {
        Path output = dir.resolve("mongosh.out");
        Process shell = new ProcessBuilder(List.of(mongosh().toAbsolutePath().toString(), "--quiet", "--norc",
                "mongodb://127.0.0.1:" + port + "/kizuna", "--eval", script))
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        boolean done = shell.waitFor(2, TimeUnit.MINUTES);
        if (!done) {
            shell.destroyForcibly();
        }
        String text = Files.readString(output, StandardCharsets.UTF_8);
        assertThat(done).as("mongosh finished: " + text).isTrue();
        assertThat(shell.exitValue()).as("mongosh exit status; output: " + text).isZero();
        return text;
    }
}
