package jp.kizuna.events.registration;

import java.time.Instant;

/** A sign-up found the event full and waits for a seat, in ticket order. Schema: docs/events.md. */
public record RegistrationWaitlisted(String registrationId, RegistrationSnapshot registration, Instant recordedAt)
        implements RegistrationEvent {
}
