package jp.kizuna.registry.membership;

import java.time.Instant;

import jp.kizuna.platform.contracts.EventTypes;
import jp.kizuna.platform.contracts.Topics;
import jp.kizuna.platform.events.IntegrationEvent;

/** An association's membership for a fiscal year was reported. Schema: docs/events.md. */
public record MembershipReported(String reportId, MembershipReportSnapshot report, Instant recordedAt)
        implements IntegrationEvent {

    @Override
    public String topic() {
        return Topics.REGISTRY_MEMBERSHIP_REPORT;
    }

    @Override
    public String eventType() {
        return EventTypes.MEMBERSHIP_REPORTED;
    }

    @Override
    public String aggregateId() {
        return reportId;
    }
}
