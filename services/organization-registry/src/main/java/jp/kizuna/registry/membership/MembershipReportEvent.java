package jp.kizuna.registry.membership;

import jp.kizuna.platform.contracts.EventTypes;
import jp.kizuna.platform.contracts.Topics;
import jp.kizuna.platform.events.IntegrationEvent;

/**
 * An event of the membership-report stream: published on {@link Topics#REGISTRY_MEMBERSHIP_REPORT}, keyed by
 * the report id. The routing lives here once; each record names only its type and its data.
 */
public sealed interface MembershipReportEvent extends IntegrationEvent
        permits MembershipReported, MembershipCorrected {

    String reportId();

    @Override
    default String topic() {
        return Topics.REGISTRY_MEMBERSHIP_REPORT;
    }

    @Override
    default String eventType() {
        return switch (this) {
            case MembershipReported e -> EventTypes.MEMBERSHIP_REPORTED;
            case MembershipCorrected e -> EventTypes.MEMBERSHIP_CORRECTED;
        };
    }

    @Override
    default String aggregateId() {
        return reportId();
    }
}
