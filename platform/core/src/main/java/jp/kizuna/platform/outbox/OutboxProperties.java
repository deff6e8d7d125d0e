package jp.kizuna.platform.outbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Tuning of the outbox relay ({@code kizuna.outbox.*}).
 *
 * @param pollInterval how long the relay sleeps when nothing is pending and no local write woke it;
 *                     bounds the delay for writes made by another replica
 * @param batchSize    documents taken per collection and round
 * @param sendTimeout  how long one round waits for the broker's acknowledgements
 * @param maxBackoff   longest pause between rounds while the broker is unreachable
 */
@ConfigurationProperties("kizuna.outbox")
public record OutboxProperties(
        @DefaultValue("500ms") Duration pollInterval,
        @DefaultValue("100") int batchSize,
        @DefaultValue("20s") Duration sendTimeout,
        @DefaultValue("10s") Duration maxBackoff) {
}
