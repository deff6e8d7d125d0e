package jp.kizuna.platform.testing;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import jp.kizuna.platform.events.CloudEventCodec;
import jp.kizuna.platform.events.OutboxEvent;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Plays another service in a consumer's integration test: publishes CloudEvents exactly as the
 * outbox relay does, and raw records when a test needs a poison message or a redelivery.
 */
public final class TestEventPublisher implements AutoCloseable {

    private final String bootstrapServers;
    private final CloudEventCodec codec;
    private final KafkaProducer<String, byte[]> producer;

    public TestEventPublisher(String bootstrapServers, String source) {
        this.bootstrapServers = bootstrapServers;
        this.codec = new CloudEventCodec(URI.create(source));
        this.producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new ByteArraySerializer());
    }

    /** Creates the topic when it does not exist yet. */
    public TestEventPublisher ensureTopic(String topic) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("cannot create topic " + topic, e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return this;
    }

    public static OutboxEvent event(String topic, String type, String aggregateId, long sequence, String json) {
        return new OutboxEvent(UUID.randomUUID().toString(), topic, aggregateId, type, sequence, Instant.now(), json);
    }

    public void publish(OutboxEvent event) {
        send(codec.encode(event));
    }

    public void send(ProducerRecord<String, byte[]> record) {
        try {
            producer.send(record).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("broker did not accept the record", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
