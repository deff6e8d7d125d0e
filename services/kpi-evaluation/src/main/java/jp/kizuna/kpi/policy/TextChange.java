package jp.kizuna.kpi.policy;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;
import jp.kizuna.platform.security.Actor;

/**
 * A change of an evaluation text: which one, before and after, who, when and why.
 *
 * @param by     the subject of who changed it
 * @param byName whom people see: the display name, or {@code by} (also for changes kept before display names were)
 */
public record TextChange(Instant at,
                         @Schema(description = "Subject of who changed the text: a person's account id (opaque), or a machine client's id")
                         String by,
                         @Schema(description = "Who changed the text as people read it: the display name, or `by` for a machine caller and for changes made before display names were kept. Never an e-mail address.", example = "鈴木 誠（地域づくり課）")
                         String byName,
                         String path, String before, String after, String reason) {

    public TextChange {
        byName = Actor.nameOr(byName, by);
    }

    static TextChange of(Instant at, Actor by, String path, String before, String after, String reason) {
        return new TextChange(at, by.subject(), by.name(), path, before, after, reason);
    }
}
