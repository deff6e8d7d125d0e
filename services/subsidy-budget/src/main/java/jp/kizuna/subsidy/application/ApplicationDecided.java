package jp.kizuna.subsidy.application;

import java.time.Instant;

import jp.kizuna.platform.contracts.EventTypes;
import jp.kizuna.platform.contracts.Topics;
import jp.kizuna.platform.events.IntegrationEvent;

/** City staff decided an application: {@code decision} is APPROVED (with the amount) or REJECTED (with the reason). Schema: docs/events.md. */
public record ApplicationDecided(String applicationId, ApplicationSnapshot application, String decision, String reason, Instant recordedAt)
        implements IntegrationEvent {

    @Override
    public String topic() {
        return Topics.SUBSIDY_APPLICATION;
    }

    @Override
    public String eventType() {
        return EventTypes.APPLICATION_DECIDED;
    }

    @Override
    public String aggregateId() {
        return applicationId;
    }
}
