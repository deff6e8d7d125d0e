package jp.kizuna.events.webhook;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** One entry of an endpoint's delivery log: one HTTP call and what came of it. */
@Document(DeliveryAttempt.COLLECTION)
@CompoundIndex(name = "subscription_at", def = "{'subscriptionId': 1, 'at': -1}")
@CompoundIndex(name = "delivery_at", def = "{'deliveryId': 1, 'at': 1}")
record DeliveryAttempt(@Id String id, String subscriptionId, String deliveryId, String webhookId, String eventType, int attempt,
                       Instant at, Integer statusCode, long latencyMillis, String response, String error,
                       @Indexed(name = "expiry", expireAfter = "0s") Instant expiresAt) {

    static final String COLLECTION = "webhook_attempts";
}
