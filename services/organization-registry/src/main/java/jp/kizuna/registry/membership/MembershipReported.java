package jp.kizuna.registry.membership;

import java.time.Instant;

/** An association's membership for a fiscal year was reported. Schema: docs/events.md. */
public record MembershipReported(String reportId, MembershipReportSnapshot report, Instant recordedAt)
        implements MembershipReportEvent {
}
