package jp.kizuna.subsidy.application;

import java.time.Instant;
import java.time.LocalDate;

import jp.kizuna.platform.contracts.EventTypes;
import jp.kizuna.platform.contracts.Topics;
import jp.kizuna.platform.events.IntegrationEvent;

/** A payment of an approved application was made. Schema: docs/events.md. */
public record ApplicationDisbursed(String applicationId, ApplicationSnapshot application, long amount, LocalDate paidOn, Instant recordedAt)
        implements IntegrationEvent {

    @Override
    public String topic() {
        return Topics.SUBSIDY_APPLICATION;
    }

    @Override
    public String eventType() {
        return EventTypes.APPLICATION_DISBURSED;
    }

    @Override
    public String aggregateId() {
        return applicationId;
    }
}
