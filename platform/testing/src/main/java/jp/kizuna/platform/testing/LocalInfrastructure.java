package jp.kizuna.platform.testing;

import java.net.InetSocketAddress;
import java.util.UUID;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The integration tests' infrastructure where there is no Docker: a real Apache Kafka broker in
 * KRaft mode and mongo-java-server, both started once in the test JVM and shared by its test
 * classes. Each registration gets its own database and consumer group, so test classes never
 * see each other's documents or steal each other's partitions.
 */
public final class LocalInfrastructure {

    private static EmbeddedKafkaKraftBroker kafka;
    private static MongoServer mongo;
    private static String mongoUri;

    private LocalInfrastructure() {
    }

    public static synchronized String kafkaBootstrapServers() {
        if (kafka == null) {
            kafka = new EmbeddedKafkaKraftBroker(1, 3);
            kafka.brokerProperty("auto.create.topics.enable", "false");
            kafka.afterPropertiesSet();
            Runtime.getRuntime().addShutdownHook(new Thread(kafka::destroy, "embedded-kafka-stop"));
        }
        return kafka.getBrokersAsString();
    }

    public static synchronized String mongoUri() {
        if (mongo == null) {
            mongo = new MongoServer(new MemoryBackend());
            mongo.bind("127.0.0.1", 0);
            InetSocketAddress address = mongo.getLocalAddress();
            mongoUri = "mongodb://127.0.0.1:" + address.getPort();
            Runtime.getRuntime().addShutdownHook(new Thread(mongo::shutdownNow, "mongo-java-server-stop"));
        }
        return mongoUri;
    }

    /** Points a Spring test context at the shared broker and a database of its own. */
    public static void register(DynamicPropertyRegistry registry) {
        String isolation = UUID.randomUUID().toString().substring(0, 8);
        registry.add("spring.kafka.bootstrap-servers", LocalInfrastructure::kafkaBootstrapServers);
        registry.add("spring.mongodb.uri", LocalInfrastructure::mongoUri);
        registry.add("spring.mongodb.database", () -> "test_" + isolation);
        registry.add("spring.kafka.consumer.group-id", () -> "test-" + isolation);
    }
}
