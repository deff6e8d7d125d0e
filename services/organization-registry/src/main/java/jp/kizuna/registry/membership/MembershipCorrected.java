package jp.kizuna.registry.membership;

import java.time.Instant;

/** A membership report was corrected; {@code previous} holds the figures it replaced. Schema: docs/events.md. */
public record MembershipCorrected(String reportId, MembershipReportSnapshot report, MembershipFigures previous, String reason, Instant recordedAt)
        implements MembershipReportEvent {
}
