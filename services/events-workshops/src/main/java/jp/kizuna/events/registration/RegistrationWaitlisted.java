package jp.kizuna.events.registration;

import java.time.Instant;

import jp.kizuna.platform.contracts.EventTypes;
import jp.kizuna.platform.contracts.Topics;
import jp.kizuna.platform.events.IntegrationEvent;

/** A sign-up found the event full and waits for a seat, in ticket order. Schema: docs/events.md. */
public record RegistrationWaitlisted(String registrationId, RegistrationSnapshot registration, Instant recordedAt)
        implements IntegrationEvent {

    @Override
    public String topic() {
        return Topics.EVENTS_REGISTRATION;
    }

    @Override
    public String eventType() {
        return EventTypes.REGISTRATION_WAITLISTED;
    }

    @Override
    public String aggregateId() {
        return registrationId;
    }
}
