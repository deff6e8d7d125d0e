package jp.kizuna.subsidy.application;

import java.time.Instant;

import jp.kizuna.platform.contracts.EventTypes;
import jp.kizuna.platform.contracts.Topics;
import jp.kizuna.platform.events.IntegrationEvent;

/** An application was submitted to its programme. Schema: docs/events.md. */
public record ApplicationSubmitted(String applicationId, ApplicationSnapshot application, Instant recordedAt)
        implements IntegrationEvent {

    @Override
    public String topic() {
        return Topics.SUBSIDY_APPLICATION;
    }

    @Override
    public String eventType() {
        return EventTypes.APPLICATION_SUBMITTED;
    }

    @Override
    public String aggregateId() {
        return applicationId;
    }
}
