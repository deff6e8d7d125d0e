package jp.kizuna.platform.kafka;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.kafka.config.TopicBuilder;

/** Builds the {@link NewTopic} beans a service declares for the topics it owns. */
public final class TopicDeclarations {

    private final KafkaTopicsProperties properties;

    public TopicDeclarations(KafkaTopicsProperties properties) {
        this.properties = properties;
    }

    public NewTopic topic(String name) {
        return TopicBuilder.name(name)
                .partitions(properties.partitions())
                .replicas(properties.replicationFactor())
                .build();
    }

    /** A topic whose latest record per key is kept for ever: the current state of every key. */
    public NewTopic compactedTopic(String name) {
        return TopicBuilder.name(name)
                .partitions(properties.partitions())
                .replicas(properties.replicationFactor())
                .compact()
                .build();
    }
}
