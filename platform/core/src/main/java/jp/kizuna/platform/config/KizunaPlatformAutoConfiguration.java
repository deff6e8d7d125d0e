package jp.kizuna.platform.config;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

import io.micrometer.core.instrument.MeterRegistry;
import jp.kizuna.platform.consumer.SequencedProjections;
import jp.kizuna.platform.events.CloudEventCodec;
import jp.kizuna.platform.health.MongoPingHealthIndicator;
import jp.kizuna.platform.events.MalformedEventException;
import jp.kizuna.platform.kafka.DeadLetterTopic;
import jp.kizuna.platform.kafka.KafkaTopicsProperties;
import jp.kizuna.platform.kafka.TopicDeclarations;
import jp.kizuna.platform.tracing.TracedRecords;
import jp.kizuna.platform.outbox.AggregateRoot;
import jp.kizuna.platform.outbox.OutboxProperties;
import jp.kizuna.platform.outbox.OutboxRelay;
import jp.kizuna.platform.outbox.OutboxWriter;
import jp.kizuna.platform.persistence.DeclaredIndexes;
import jp.kizuna.platform.persistence.TolerantReads;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import tools.jackson.databind.json.JsonMapper;

/**
 * Wires the event infrastructure every service shares: the outbox and its relay, the CloudEvents
 * codec, the consumers' retry and dead-letter handling, and the topic declarations; and the indexes
 * the service's documents declare.
 */
@AutoConfiguration
@EnableConfigurationProperties({OutboxProperties.class, KafkaTopicsProperties.class})
public class KizunaPlatformAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    CloudEventCodec cloudEventCodec(@Value("${kizuna.events.source:/kizuna/${spring.application.name}}") String source) {
        return new CloudEventCodec(URI.create(source));
    }

    @Bean
    OutboxRelay outboxRelay(MongoTemplate mongo, KafkaTemplate<String, byte[]> kafka, CloudEventCodec codec,
                            OutboxProperties properties, MeterRegistry meters) {
        Supplier<List<String>> aggregateCollections = () -> mongo.getConverter().getMappingContext()
                .getPersistentEntities().stream()
                .filter(entity -> AggregateRoot.class.isAssignableFrom(entity.getType()))
                .map(MongoPersistentEntity::getCollection)
                .distinct()
                .toList();
        return new OutboxRelay(mongo, kafka, codec, properties, aggregateCollections, meters);
    }

    @Bean
    OutboxWriter outboxWriter(JsonMapper json, Clock clock, ObjectProvider<OutboxRelay> relay) {
        return new OutboxWriter(json, clock, relay);
    }

    /**
     * Replaces Boot's MongoDB indicator (disabled in the platform defaults); the bean name makes it
     * the "mongo" health contributor that the readiness group includes.
     */
    @Bean
    MongoPingHealthIndicator mongoHealthIndicator(MongoTemplate mongo) {
        return new MongoPingHealthIndicator(mongo);
    }

    @Bean
    DeclaredIndexes declaredIndexes(MongoTemplate mongo, MongoMappingContext mapping) {
        return new DeclaredIndexes(mongo, mapping);
    }

    @Bean
    TolerantReads tolerantReads(MongoTemplate mongo, MeterRegistry meters) {
        return new TolerantReads(mongo, meters);
    }

    @Bean
    SequencedProjections sequencedProjections(MongoTemplate mongo, MeterRegistry meters) {
        return new SequencedProjections(mongo, meters);
    }

    @Bean
    TopicDeclarations topicDeclarations(KafkaTopicsProperties properties) {
        return new TopicDeclarations(properties);
    }

    @Bean
    DeadLetterTopic deadLetterTopic(KafkaTopicsProperties properties,
                                    @Value("${spring.application.name}") String application) {
        String name = properties.deadLetterTopic() != null ? properties.deadLetterTopic()
                : "kizuna." + application + ".dead-letter.v1";
        return new DeadLetterTopic(name);
    }

    @Bean
    @ConditionalOnProperty(name = "kizuna.kafka.declare", havingValue = "true", matchIfMissing = true)
    NewTopic deadLetterTopicDeclaration(TopicDeclarations topics, DeadLetterTopic deadLetterTopic) {
        return topics.topic(deadLetterTopic.name());
    }

    /** Every listener of the service continues the trace of the request that raised the event it reads. */
    @Bean
    @ConditionalOnMissingBean
    TracedRecords tracedRecords() {
        return new TracedRecords();
    }

    /**
     * Retries a failing record with exponential backoff (0.5 s doubling to 5 s, four retries), then
     * puts it on the dead-letter topic with the failure in its headers, and the partition moves on.
     * A record that can never be read skips the retries.
     */
    @Bean
    @ConditionalOnMissingBean
    DefaultErrorHandler kafkaErrorHandler(KafkaTemplate<String, byte[]> kafka, DeadLetterTopic deadLetterTopic) {
        var recoverer = new DeadLetterPublishingRecoverer(kafka,
                (record, failure) -> new TopicPartition(deadLetterTopic.name(), -1));
        var backOff = new ExponentialBackOffWithMaxRetries(4);
        backOff.setInitialInterval(500);
        backOff.setMultiplier(2.0);
        backOff.setMaxInterval(5_000);
        var handler = new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(MalformedEventException.class);
        return handler;
    }
}
