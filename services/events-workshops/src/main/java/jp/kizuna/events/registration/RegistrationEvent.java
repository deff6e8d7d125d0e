package jp.kizuna.events.registration;

import jp.kizuna.platform.contracts.EventTypes;
import jp.kizuna.platform.contracts.Topics;
import jp.kizuna.platform.events.IntegrationEvent;

/**
 * An event of the registration stream: published on {@link Topics#EVENTS_REGISTRATION}, keyed by
 * the registration id. The routing lives here once; each record names only its type and its data.
 */
public sealed interface RegistrationEvent extends IntegrationEvent
        permits RegistrationConfirmed, RegistrationWaitlisted, RegistrationPromoted, RegistrationCancelled {

    String registrationId();

    @Override
    default String topic() {
        return Topics.EVENTS_REGISTRATION;
    }

    @Override
    default String eventType() {
        return switch (this) {
            case RegistrationConfirmed e -> EventTypes.REGISTRATION_CONFIRMED;
            case RegistrationWaitlisted e -> EventTypes.REGISTRATION_WAITLISTED;
            case RegistrationPromoted e -> EventTypes.REGISTRATION_PROMOTED;
            case RegistrationCancelled e -> EventTypes.REGISTRATION_CANCELLED;
        };
    }

    @Override
    default String aggregateId() {
        return registrationId();
    }
}
