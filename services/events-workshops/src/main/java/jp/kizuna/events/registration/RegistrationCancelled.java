package jp.kizuna.events.registration;

import java.time.Instant;

import jp.kizuna.platform.contracts.EventTypes;
import jp.kizuna.platform.contracts.Topics;
import jp.kizuna.platform.events.IntegrationEvent;

/** A registration was cancelled by the person, the organizer, or with its event (reason EVENT_CANCELLED). Schema: docs/events.md. */
public record RegistrationCancelled(String registrationId, RegistrationSnapshot registration, String reason, String cancelledBy, Instant recordedAt)
        implements IntegrationEvent {

    @Override
    public String topic() {
        return Topics.EVENTS_REGISTRATION;
    }

    @Override
    public String eventType() {
        return EventTypes.REGISTRATION_CANCELLED;
    }

    @Override
    public String aggregateId() {
        return registrationId;
    }
}
