package jp.kizuna.events.registration;

import java.time.Instant;

/** A registration as the person and the organizer see it. */
public record RegistrationView(String id, EventRef event, RegistrationStatus status, boolean promoted, long ticket,
                               Integer waitlistPosition, Registrant registrant, Channel channel, String enteredBy,
                               boolean eligibilityDeclared, String note, String cancellationReason, Instant requestedAt,
                               Instant decidedAt, Instant cancelledAt) {

    public static RegistrationView of(Registration r, Integer waitlistPosition) {
        return new RegistrationView(r.id(), r.event(), r.status(), r.promoted(), r.ticket(), waitlistPosition, r.registrant(),
                r.channel(), r.enteredBy(), r.eligibilityDeclared(), r.note(), r.cancellationReason(), r.requestedAt(),
                r.decidedAt(), r.cancelledAt());
    }
}
