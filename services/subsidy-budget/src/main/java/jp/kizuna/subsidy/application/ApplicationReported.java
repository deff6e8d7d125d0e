package jp.kizuna.subsidy.application;

import java.time.Instant;

/** The organization's performance report (実績報告) was received. Schema: docs/events.md. */
public record ApplicationReported(String applicationId, ApplicationSnapshot application, Instant recordedAt)
        implements SubsidyApplicationEvent {
}
