package jp.kizuna.platform.testing;

import java.util.UUID;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The same infrastructure as {@link LocalInfrastructure} from real images, for machines with
 * Docker: {@code mongo:7} (a single-node replica set) and {@code apache/kafka}. Test classes that
 * use it are annotated {@code @Testcontainers(disabledWithoutDocker = true)}, so they are skipped,
 * not failed, where Docker is absent; each has a twin that runs on {@link LocalInfrastructure}.
 */
public final class ContainerInfrastructure {

    private static KafkaContainer kafka;
    private static MongoDBContainer mongo;

    private ContainerInfrastructure() {
    }

    private static synchronized KafkaContainer kafka() {
        if (kafka == null) {
            kafka = new KafkaContainer("apache/kafka:4.1.1");
            kafka.start();
        }
        return kafka;
    }

    private static synchronized MongoDBContainer mongo() {
        if (mongo == null) {
            mongo = new MongoDBContainer("mongo:7");
            mongo.start();
        }
        return mongo;
    }

    public static void register(DynamicPropertyRegistry registry) {
        String isolation = UUID.randomUUID().toString().substring(0, 8);
        registry.add("spring.kafka.bootstrap-servers", () -> kafka().getBootstrapServers());
        registry.add("spring.mongodb.uri", () -> mongo().getReplicaSetUrl());
        registry.add("spring.mongodb.database", () -> "test_" + isolation);
        registry.add("spring.kafka.consumer.group-id", () -> "test-" + isolation);
    }
}
