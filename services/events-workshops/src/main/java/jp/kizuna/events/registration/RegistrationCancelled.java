package jp.kizuna.events.registration;

import java.time.Instant;

/** A registration was cancelled by the person, the organizer, or with its event (reason EVENT_CANCELLED). Schema: docs/events.md. */
public record RegistrationCancelled(String registrationId, RegistrationSnapshot registration, String reason, String cancelledBy, Instant recordedAt)
        implements RegistrationEvent {
}
