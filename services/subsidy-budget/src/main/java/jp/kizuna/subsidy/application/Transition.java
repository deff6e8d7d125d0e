package jp.kizuna.subsidy.application;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;
import jp.kizuna.platform.security.Actor;

/**
 * One step of an application's life: from, to, when, who and why.
 *
 * @param by     the subject of who took the step
 * @param byName whom people see: the display name, or {@code by} (also for steps kept before display names were)
 */
public record Transition(ApplicationStatus from, ApplicationStatus to, Instant at,
                         @Schema(description = "Subject of who took the step: a person's account id (opaque), or a machine client's id")
                         String by,
                         @Schema(description = "Who took the step as people read it: the display name, or `by` for a machine caller and for steps taken before display names were kept. Never an e-mail address.", example = "滝沢 みどり")
                         String byName,
                         String reason) {

    public Transition {
        byName = Actor.nameOr(byName, by);
    }

    static Transition of(ApplicationStatus from, ApplicationStatus to, Instant at, Actor by, String reason) {
        return new Transition(from, to, at, by.subject(), by.name(), reason);
    }
}
