package jp.kizuna.events.registration;

import java.time.Instant;

import jp.kizuna.platform.contracts.EventTypes;
import jp.kizuna.platform.contracts.Topics;
import jp.kizuna.platform.events.IntegrationEvent;

/** A waitlisted registration got the seat someone gave up. Schema: docs/events.md. */
public record RegistrationPromoted(String registrationId, RegistrationSnapshot registration, Instant recordedAt)
        implements IntegrationEvent {

    @Override
    public String topic() {
        return Topics.EVENTS_REGISTRATION;
    }

    @Override
    public String eventType() {
        return EventTypes.REGISTRATION_PROMOTED;
    }

    @Override
    public String aggregateId() {
        return registrationId;
    }
}
