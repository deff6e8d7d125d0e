package jp.kizuna.events.registration;

import java.time.Instant;

/**
 * A registration as the person and the organizer see it.
 *
 * @param ticket      its place in the order of sign-ups (0 while it is being placed)
 * @param duplicateOf the earlier registration of the same name and phone, when staff entered this one
 *                    knowingly ({@code allowDuplicate})
 */
public record RegistrationView(String id, EventRef event, RegistrationStatus status, boolean promoted, long ticket,
                               Integer waitlistPosition, Registrant registrant, Channel channel, String enteredBy,
                               boolean eligibilityDeclared, String note, String cancellationReason, Instant requestedAt,
                               Instant decidedAt, Instant cancelledAt, String duplicateOf) {

    public static RegistrationView of(Registration r, Integer waitlistPosition) {
        return new RegistrationView(r.id(), r.event(), r.status(), r.promoted(), r.ticket(), waitlistPosition, r.registrant(),
                r.channel(), r.enteredBy(), r.eligibilityDeclared(), r.note(), r.cancellationReason(), r.requestedAt(),
                r.decidedAt(), r.cancelledAt(), r.duplicateOf());
    }
}
