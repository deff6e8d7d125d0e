package jp.kizuna.subsidy.application;

import jp.kizuna.platform.contracts.EventTypes;
import jp.kizuna.platform.contracts.Topics;
import jp.kizuna.platform.events.IntegrationEvent;

/**
 * An event of the application stream: published on {@link Topics#SUBSIDY_APPLICATION}, keyed by
 * the application id. The routing lives here once; each record names only its type and its data.
 */
public sealed interface SubsidyApplicationEvent extends IntegrationEvent
        permits ApplicationSubmitted, ApplicationDecided, ApplicationDisbursed, ApplicationReported {

    String applicationId();

    @Override
    default String topic() {
        return Topics.SUBSIDY_APPLICATION;
    }

    @Override
    default String eventType() {
        return switch (this) {
            case ApplicationSubmitted e -> EventTypes.APPLICATION_SUBMITTED;
            case ApplicationDecided e -> EventTypes.APPLICATION_DECIDED;
            case ApplicationDisbursed e -> EventTypes.APPLICATION_DISBURSED;
            case ApplicationReported e -> EventTypes.APPLICATION_REPORTED;
        };
    }

    @Override
    default String aggregateId() {
        return applicationId();
    }
}
