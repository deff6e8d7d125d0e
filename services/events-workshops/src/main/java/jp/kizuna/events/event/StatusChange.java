package jp.kizuna.events.event;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;
import jp.kizuna.platform.security.Actor;

/**
 * One step of an event's life: who moved it, when and why.
 *
 * @param by     the subject of who moved it
 * @param byName whom people see: the display name, or {@code by} (also for steps kept before display names were)
 */
public record StatusChange(EventStatus from, EventStatus to, Instant at,
                           @Schema(description = "Subject of who took the step: a person's account id (opaque), a machine client's id, `apikey:<key id>` for a partner's program, or the seed's id")
                           String by,
                           @Schema(description = "Who took the step as people read it (a moderator's decision included): the display name, or `by` for a machine caller and for steps taken before display names were kept. Never an e-mail address.", example = "鈴木 誠（地域づくり課）")
                           String byName,
                           String note) {

    public StatusChange {
        byName = Actor.nameOr(byName, by);
    }

    static StatusChange of(EventStatus from, EventStatus to, Instant at, Actor by, String note) {
        return new StatusChange(from, to, at, by.subject(), by.name(), note);
    }
}
