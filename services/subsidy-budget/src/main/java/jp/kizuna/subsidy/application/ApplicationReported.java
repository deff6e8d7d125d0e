package jp.kizuna.subsidy.application;

import java.time.Instant;

import jp.kizuna.platform.contracts.EventTypes;
import jp.kizuna.platform.contracts.Topics;
import jp.kizuna.platform.events.IntegrationEvent;

/** The organization's performance report (実績報告) was received. Schema: docs/events.md. */
public record ApplicationReported(String applicationId, ApplicationSnapshot application, Instant recordedAt)
        implements IntegrationEvent {

    @Override
    public String topic() {
        return Topics.SUBSIDY_APPLICATION;
    }

    @Override
    public String eventType() {
        return EventTypes.APPLICATION_REPORTED;
    }

    @Override
    public String aggregateId() {
        return applicationId;
    }
}
