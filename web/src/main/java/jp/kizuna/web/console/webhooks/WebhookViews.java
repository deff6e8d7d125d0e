package jp.kizuna.web.console.webhooks;

import java.time.Instant;
import java.util.List;

/**
 * What the events service's webhook API answers, as far as the console's pages show it (the API may say more).
 * Accessors are public: the templates call them.
 */
public final class WebhookViews {

    /**
     * The CloudEvents types an endpoint can subscribe to, in the order the documentation lists them (docs/webhooks.md);
     * each is labelled by the message {@code console.webhooks.type.<type>}.
     */
    public static final List<String> EVENT_TYPES = List.of(
            "jp.kizuna.events.event.published.v1",
            "jp.kizuna.events.event.changed.v1",
            "jp.kizuna.events.event.cancelled.v1",
            "jp.kizuna.events.registration.confirmed.v1",
            "jp.kizuna.events.registration.waitlisted.v1",
            "jp.kizuna.events.registration.promoted.v1",
            "jp.kizuna.events.registration.cancelled.v1",
            "jp.kizuna.events.attendance.recorded.v1");

    /** The overlaps of a secret rotation the page offers, within what the API allows (PT0S to P7D). */
    public static final List<String> OVERLAPS = List.of("PT0S", "PT1H", "PT24H", "P3D", "P7D");

    private WebhookViews() {
    }

    /** A secret as the API lists it: never its value, only since and until when it signs. */
    public record Secret(Instant createdAt, Instant expiresAt) {
    }

    /** An endpoint with its state: ACTIVE, or PAUSED with why (by a person, or by the dispatcher after a day of failures). */
    public record Subscription(String id, String organizationId, String url, List<String> eventTypes, String description,
                               String status, String pausedReason, Boolean pausedAutomatically, Instant pausedAt,
                               Instant failingSince, List<Secret> secrets, Instant createdAt, String createdByName,
                               Instant changedAt) {

        public Subscription {
            eventTypes = eventTypes == null ? List.of() : List.copyOf(eventTypes);
            secrets = secrets == null ? List.of() : List.copyOf(secrets);
        }

        public boolean active() {
            return "ACTIVE".equals(status);
        }

        public boolean pausedByTheDispatcher() {
            return !active() && Boolean.TRUE.equals(pausedAutomatically);
        }

        /** The old secret of a rotation still signing beside the new one, when there is one. */
        public Secret overlapping() {
            return secrets.stream().filter(s -> s.expiresAt() != null).findFirst().orElse(null);
        }
    }

    /** The answer that registers an endpoint or rotates its secret: the only one that carries the secret. */
    public record WithSecret(Subscription subscription, String secret) {
    }

    /** One call of the endpoint, as the delivery log shows it. */
    public record Attempt(Instant at, String deliveryId, String webhookId, String eventType, int attempt, Integer statusCode,
                          long latencyMillis, String response, String error) {

        /** The call got a 2xx answer. */
        public boolean succeeded() {
            return statusCode != null && statusCode >= 200 && statusCode < 300;
        }

        /** The start of the answer (or what went wrong), cut for a table cell. */
        public String shortAnswer() {
            String text = response != null && !response.isBlank() ? response : error;
            if (text == null) {
                return "";
            }
            String line = text.strip().replaceAll("\\s+", " ");
            return line.length() > 120 ? line.substring(0, 120) + "…" : line;
        }
    }

    /** One event for the endpoint and what became of it; {@code history} only when one delivery is read. */
    public record Delivery(String id, String webhookId, String eventType, Instant eventTime, String status, int attempts,
                           Instant nextAttemptAt, Instant deliveredAt, Attempt lastAttempt, List<Attempt> history) {

        public Delivery {
            history = history == null ? List.of() : List.copyOf(history);
        }
    }

    /** What a replay, a resend or a ping queued. */
    public record Queued(long queued, String deliveryId) {
    }
}
