package jp.kizuna.localstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

/**
 * The single-node KRaft broker's configuration and storage. The storage is formatted once; after
 * that the broker keeps its topics and offsets across restarts in the data directory.
 */
final class KafkaBrokerFiles {

    private final StackSettings settings;

    KafkaBrokerFiles(StackSettings settings) {
        this.settings = settings;
    }

    Path home() {
        return settings.dataDir().resolve("kafka");
    }

    Path properties() {
        return home().resolve("server.properties");
    }

    Path logDir() {
        return home().resolve("data");
    }

    String classpath() {
        return settings.root().resolve("local/kafka-broker/target/lib").toString() + "/*";
    }

    /** Writes server.properties for the configured ports and formats the storage on first use. */
    void prepare(String java) {
        try {
            Files.createDirectories(logDir());
            Files.writeString(properties(), serverProperties(), StandardCharsets.UTF_8);
            if (!Files.exists(logDir().resolve("meta.properties"))) {
                format(java);
            }
        } catch (IOException e) {
            throw new StackException("cannot prepare Kafka's data directory " + home() + ": " + e.getMessage(), e);
        }
    }

    private void format(String java) throws IOException {
        Path log = settings.logs().resolve("kafka-format.log");
        Files.createDirectories(log.getParent());
        Process format = new ProcessBuilder(java, "-cp", classpath(), "kafka.tools.StorageTool", "format",
                "-t", clusterId(), "-c", properties().toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            if (format.waitFor() != 0) {
                throw new StackException("formatting Kafka's storage failed; see " + log);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("interrupted while formatting Kafka's storage", e);
        }
    }

    private String serverProperties() {
        int port = settings.ports().kafka();
        int controller = settings.ports().kafkaController();
        return String.join("\n", List.of(
                "# Written by the Kizuna launcher at every start; edit StackSettings, not this file.",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controller,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controller,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + logDir(),
                "num.partitions=3",
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "min.insync.replicas=1",
                // Topics are declared by the services that own them, as Strimzi declares them in the cluster.
                "auto.create.topics.enable=false",
                "group.initial.rebalance.delay.ms=0",
                // Sized for one machine and a few MB of events: threads, buffers and files of a single broker
                // that serves eight local clients (the defaults are for a cluster node of a busy site).
                "num.network.threads=2",
                "num.io.threads=2",
                "background.threads=2",
                "num.replica.fetchers=1",
                "num.recovery.threads.per.data.dir=1",
                "socket.send.buffer.bytes=65536",
                "socket.receive.buffer.bytes=65536",
                "queued.max.requests=100",
                // a 16 MB segment and a 1 MB index (both memory-mapped while active) instead of 1 GB and 10 MB
                "log.segment.bytes=16777216",
                "log.index.size.max.bytes=1048576",
                // compaction of the compacted topics (API keys, offsets) with a 16 MB map instead of 128 MB of heap
                "log.cleaner.threads=1",
                "log.cleaner.dedupe.buffer.size=16777216",
                // the offsets of a handful of consumer groups: 5 partitions rather than 50 (new data directories)
                "offsets.topic.num.partitions=5",
                "transaction.state.log.num.partitions=5",
                "")) ;
    }

    /** A Kafka cluster id: 16 random bytes, URL-safe base64 without padding, not starting with '-'. */
    static String clusterId() {
        SecureRandom random = new SecureRandom();
        while (true) {
            byte[] bytes = new byte[16];
            random.nextBytes(bytes);
            String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            if (!id.startsWith("-")) {
                return id;
            }
        }
    }
}
