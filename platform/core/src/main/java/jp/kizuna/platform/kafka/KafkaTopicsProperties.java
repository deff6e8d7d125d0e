package jp.kizuna.platform.kafka;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How this service's topics are declared ({@code kizuna.kafka.*}). In the cluster the topics are
 * Strimzi resources and {@code declare} is off; locally the service creates what it publishes.
 *
 * @param declare           whether the service creates its topics at start-up when missing
 * @param partitions        partitions of each declared topic
 * @param replicationFactor replicas of each declared topic
 * @param deadLetterTopic   where this service's consumers put records they cannot process
 */
@ConfigurationProperties("kizuna.kafka")
public record KafkaTopicsProperties(
        @DefaultValue("true") boolean declare,
        @DefaultValue("3") int partitions,
        @DefaultValue("1") short replicationFactor,
        String deadLetterTopic) {
}
