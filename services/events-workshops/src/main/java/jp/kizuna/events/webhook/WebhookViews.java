package jp.kizuna.events.webhook;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jp.kizuna.platform.security.Actor;

/** What the webhook endpoints answer. */
final class WebhookViews {

    private WebhookViews() {
    }

    /** A secret as the list shows it: never its value, only since and until when it signs. */
    record SecretView(Instant createdAt, @Schema(description = "When it stops signing; absent for the current secret") Instant expiresAt) {
    }

    /**
     * An endpoint as its organization and the city see it.
     *
     * @param pausedReason why deliveries stopped (a person paused it, or the dispatcher after a day of failures)
     * @param failingSince since when every attempt failed; absent while the last attempt succeeded
     */
    record SubscriptionView(String id, String organizationId, String url, List<String> eventTypes, String description,
                            @Schema(description = "ACTIVE: deliveries go out; PAUSED: they wait (and are sent in order when it is resumed)")
                            WebhookSubscription.Status status,
                            String pausedReason,
                            @Schema(description = "true when the dispatcher paused it after a day of failures") Boolean pausedAutomatically,
                            Instant pausedAt, Instant failingSince, List<SecretView> secrets, Instant createdAt,
                            String createdBy, String createdByName, Instant changedAt) {

        static SubscriptionView of(WebhookSubscription s, Instant now) {
            WebhookSubscription.Pause pause = s.pause();
            return new SubscriptionView(s.id(), s.organizationId(), s.url(), s.eventTypes(), s.description(), s.status(),
                    pause == null ? null : pause.reason(), pause == null ? null : pause.automatic(),
                    pause == null ? null : pause.since(), s.failingSince(),
                    s.secrets().stream().filter(secret -> secret.signsAt(now))
                            .map(secret -> new SecretView(secret.createdAt(), secret.expiresAt())).toList(),
                    s.createdAt(), s.createdBy(), Actor.nameOr(s.createdByName(), s.createdBy()), s.changedAt());
        }
    }

    /** The answer that creates an endpoint or rotates its secret: the only one that shows the secret. */
    record WithSecret(SubscriptionView subscription,
                      @Schema(description = "The signing secret (whsec_ + base64 key, Standard Webhooks). Shown only in this answer: store it now.",
                              example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
                      String secret) {
    }

    /** One call of the endpoint, as the delivery log shows it. */
    record AttemptView(Instant at, String deliveryId, String webhookId, String eventType, int attempt,
                       @Schema(description = "The endpoint's status code; absent when it did not answer") Integer statusCode,
                       long latencyMillis,
                       @Schema(description = "The start of the endpoint's answer (at most the configured number of bytes)") String response,
                       @Schema(description = "What went wrong when there was no answer (timeout, refused connection …)") String error) {

        static AttemptView of(DeliveryAttempt a) {
            return new AttemptView(a.at(), a.deliveryId(), a.webhookId(), a.eventType(), a.attempt(), a.statusCode(), a.latencyMillis(),
                    a.response(), a.error());
        }
    }

    /** One event for the endpoint and what became of it. */
    record DeliveryView(String id, String webhookId, String eventType, Instant eventTime, WebhookDelivery.Status status,
                        int attempts, @Schema(description = "When it is tried next (PENDING)") Instant nextAttemptAt,
                        Instant deliveredAt, AttemptView lastAttempt,
                        @Schema(description = "Every call made for it, oldest first (only when one delivery is read)") List<AttemptView> history) {

        static DeliveryView of(WebhookDelivery d, List<DeliveryAttempt> history) {
            WebhookDelivery.Attempt last = d.lastAttempt();
            return new DeliveryView(d.id(), d.webhookId(), d.eventType(), d.eventTime(), d.status(), d.attempts(),
                    d.status() == WebhookDelivery.Status.PENDING ? d.nextAttemptAt() : null, d.deliveredAt(),
                    last == null ? null : new AttemptView(last.at(), d.id(), d.webhookId(), d.eventType(), d.attempts(),
                            last.statusCode(), last.latencyMillis(), last.response(), last.error()),
                    history == null ? null : history.stream().map(AttemptView::of).toList());
        }
    }

    /** What a replay, a resend or a ping queued. */
    record Queued(@Schema(description = "How many deliveries were queued") long queued,
                  @Schema(description = "The delivery queued, when it is one") String deliveryId) {
    }
}
