package jp.kizuna.events.webhook;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One event for one endpoint, recorded before any attempt to send it, and its state: what is sent
 * ({@code body}, the same bytes on every attempt), how often it was tried, when it is tried next.
 *
 * @param id        {@code <subscription id>:<webhook id>}, so recording the same event twice (a Kafka
 *                  redelivery) records it once
 * @param webhookId the {@code webhook-id} header: the CloudEvent's id, the same on every attempt and every resend
 * @param orderKey  the aggregate the event belongs to ({@code <topic>/<aggregate id>}); a delivery waits
 *                  while an earlier one ({@code sequence}) of the same aggregate for the same endpoint is pending
 * @param leaseUntil while a dispatcher is sending it; after that another may take it (its sender died)
 * @param expiresAt when it leaves the store (TTL index), the retention period after it was recorded or queued again
 */
@Document(WebhookDelivery.COLLECTION)
@CompoundIndex(name = "subscription_due", def = "{'subscriptionId': 1, 'status': 1, 'nextAttemptAt': 1}")
@CompoundIndex(name = "subscription_order", def = "{'subscriptionId': 1, 'orderKey': 1, 'sequence': 1}")
@CompoundIndex(name = "subscription_time", def = "{'subscriptionId': 1, 'eventTime': -1}")
@CompoundIndex(name = "due", def = "{'status': 1, 'nextAttemptAt': 1}")
record WebhookDelivery(@Id String id, String subscriptionId, String organizationId, String webhookId, String eventType,
                       String orderKey, long sequence, Instant eventTime, String body, Status status, int attempts,
                       Instant nextAttemptAt, Instant firstAttemptAt, Instant leaseUntil, Attempt lastAttempt,
                       Instant createdAt, Instant deliveredAt,
                       @Indexed(name = "expiry", expireAfter = "0s") Instant expiresAt) {

    static final String COLLECTION = "webhook_deliveries";

    enum Status { PENDING, DELIVERED, FAILED }

    /**
     * What one attempt got: the endpoint's status code (none when it did not answer), how long it took,
     * the start of its answer, and what went wrong when there was no answer.
     */
    record Attempt(Instant at, Integer statusCode, long latencyMillis, String response, String error) {

        boolean succeeded() {
            return statusCode != null && statusCode >= 200 && statusCode < 300;
        }
    }

    static WebhookDelivery pending(String subscriptionId, String organizationId, String webhookId, String eventType,
                                   String orderKey, long sequence, Instant eventTime, String body, Instant now, Instant expiresAt) {
        return new WebhookDelivery(subscriptionId + ":" + webhookId, subscriptionId, organizationId, webhookId, eventType, orderKey,
                sequence, eventTime, body, Status.PENDING, 0, now, null, null, null, now, null, expiresAt);
    }
}
