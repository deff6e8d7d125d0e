package jp.kizuna.events.registration;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A registration as the person and the organizer see it.
 *
 * @param ticket      its place in the order of sign-ups (0 while it is being placed)
 * @param duplicateOf the earlier registration of the same name and phone, when staff entered this one
 *                    knowingly ({@code allowDuplicate})
 */
public record RegistrationView(String id, EventRef event, RegistrationStatus status, boolean promoted, long ticket,
                               Integer waitlistPosition, Registrant registrant, Channel channel,
                               @Schema(description = "Subject of who entered a phone or paper sign-up; null for online sign-ups")
                               String enteredBy,
                               @Schema(description = "Who entered a phone or paper sign-up as people read it: the display name, or `enteredBy` for a machine caller and for sign-ups entered before display names were kept. Never an e-mail address.", example = "滝沢 みどり")
                               String enteredByName,
                               boolean eligibilityDeclared, String note, String cancellationReason, Instant requestedAt,
                               Instant decidedAt, Instant cancelledAt, String duplicateOf) {

    public static RegistrationView of(Registration r, Integer waitlistPosition) {
        return new RegistrationView(r.id(), r.event(), r.status(), r.promoted(), r.ticket(), waitlistPosition, r.registrant(),
                r.channel(), r.enteredBy(), r.enteredByName(), r.eligibilityDeclared(), r.note(), r.cancellationReason(), r.requestedAt(),
                r.decidedAt(), r.cancelledAt(), r.duplicateOf());
    }
}
