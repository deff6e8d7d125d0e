package jp.kizuna.events.registration;

import java.time.Instant;

import jp.kizuna.platform.contracts.EventTypes;
import jp.kizuna.platform.contracts.Topics;
import jp.kizuna.platform.events.IntegrationEvent;

/** A sign-up got a seat. Schema: docs/events.md. */
public record RegistrationConfirmed(String registrationId, RegistrationSnapshot registration, Instant recordedAt)
        implements IntegrationEvent {

    @Override
    public String topic() {
        return Topics.EVENTS_REGISTRATION;
    }

    @Override
    public String eventType() {
        return EventTypes.REGISTRATION_CONFIRMED;
    }

    @Override
    public String aggregateId() {
        return registrationId;
    }
}
