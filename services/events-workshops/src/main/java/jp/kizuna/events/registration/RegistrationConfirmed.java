package jp.kizuna.events.registration;

import java.time.Instant;

/** A sign-up got a seat. Schema: docs/events.md. */
public record RegistrationConfirmed(String registrationId, RegistrationSnapshot registration, Instant recordedAt)
        implements RegistrationEvent {
}
