package jp.kizuna.events.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jp.kizuna.platform.text.MultiLineText;

/** The bodies the webhook endpoints take. */
final class WebhookRequests {

    private WebhookRequests() {
    }

    /**
     * A new endpoint.
     *
     * @param organizationId whose events it receives: required for city staff, the caller's own organization otherwise
     */
    record NewSubscription(
            @Schema(description = "The organization whose events the endpoint receives. City staff name it; an org-admin or partner may omit it (their own organization) and may name no other.", example = "minato")
            @Size(max = 100) String organizationId,
            @Schema(description = "Where the events are posted: https (plain http only to localhost where the city allows it, as in the local stack)", example = "https://minato.example/kizuna/webhooks")
            @NotBlank @Size(max = EndpointUrl.MAX_LENGTH) String url,
            @Schema(description = "The CloudEvents types wanted (see docs/webhooks.md)", example = "[\"jp.kizuna.events.registration.confirmed.v1\", \"jp.kizuna.events.registration.cancelled.v1\"]")
            @NotEmpty @Size(max = 8) List<@NotBlank @Size(max = 100) String> eventTypes,
            @MultiLineText @Size(max = 500) String description,
            @Schema(description = "false registers it paused; default true") Boolean active) {
    }

    /** New settings of an endpoint; {@code active: true} also resumes one the dispatcher paused. */
    record Change(@Schema(example = "https://minato.example/kizuna/webhooks")
                  @NotBlank @Size(max = EndpointUrl.MAX_LENGTH) String url,
                  @Schema(example = "[\"jp.kizuna.events.registration.confirmed.v1\"]")
                  @NotEmpty @Size(max = 8) List<@NotBlank @Size(max = 100) String> eventTypes,
                  @Schema(example = "受付システム")
                  @MultiLineText @Size(max = 500) String description,
                  @Schema(description = "true resumes an endpoint the dispatcher paused")
                  @NotNull Boolean active) {
    }

    /**
     * A new secret.
     *
     * @param overlap how long the old secret keeps signing besides the new one (ISO-8601 duration); default a day
     */
    record Rotation(@Schema(description = "How long the old secret keeps signing besides the new one, ISO-8601 (PT0S to P7D); default P1D", example = "PT24H")
                    Duration overlap) {
    }

    /** Every delivery of an event that happened at or after {@code since} is sent again. */
    record Replay(@Schema(description = "Events that happened at or after this time are sent again", example = "2026-12-01T09:00:00Z")
                  @NotNull Instant since) {
    }
}
