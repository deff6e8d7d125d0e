package jp.kizuna.events.registration;

import java.time.Instant;

/** A waitlisted registration got the seat someone gave up. Schema: docs/events.md. */
public record RegistrationPromoted(String registrationId, RegistrationSnapshot registration, Instant recordedAt)
        implements RegistrationEvent {
}
