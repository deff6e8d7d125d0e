package jp.kizuna.registry.membership;

import java.time.Instant;

import jp.kizuna.platform.contracts.EventTypes;
import jp.kizuna.platform.contracts.Topics;
import jp.kizuna.platform.events.IntegrationEvent;

/** A membership report was corrected; {@code previous} holds the figures it replaced. Schema: docs/events.md. */
public record MembershipCorrected(String reportId, MembershipReportSnapshot report, MembershipFigures previous, String reason, Instant recordedAt)
        implements IntegrationEvent {

    @Override
    public String topic() {
        return Topics.REGISTRY_MEMBERSHIP_REPORT;
    }

    @Override
    public String eventType() {
        return EventTypes.MEMBERSHIP_CORRECTED;
    }

    @Override
    public String aggregateId() {
        return reportId;
    }
}
