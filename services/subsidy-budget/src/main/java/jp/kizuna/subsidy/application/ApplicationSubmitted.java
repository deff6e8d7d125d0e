package jp.kizuna.subsidy.application;

import java.time.Instant;

/** An application was submitted to its programme. Schema: docs/events.md. */
public record ApplicationSubmitted(String applicationId, ApplicationSnapshot application, Instant recordedAt)
        implements SubsidyApplicationEvent {
}
