package jp.kizuna.subsidy.application;

import java.time.Instant;

/** City staff decided an application: {@code decision} is APPROVED (with the amount) or REJECTED (with the reason). Schema: docs/events.md. */
public record ApplicationDecided(String applicationId, ApplicationSnapshot application, String decision, String reason, Instant recordedAt)
        implements SubsidyApplicationEvent {
}
