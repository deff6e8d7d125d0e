package jp.kizuna.platform.kafka;

/** The name of the dead-letter topic of this service's consumers. */
public record DeadLetterTopic(String name) {
}
