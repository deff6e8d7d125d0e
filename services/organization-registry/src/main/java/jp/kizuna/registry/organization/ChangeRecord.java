package jp.kizuna.registry.organization;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jp.kizuna.platform.security.Actor;

/**
 * One entry of an organization's history: which version it made, who, when, what and which fields.
 *
 * @param by     the subject of who made it: a person's account id, or a machine client's or the seed's id
 * @param byName whom people see: the person's display name (never an e-mail address), or {@code by};
 *               {@code by} for entries kept before display names were
 */
public record ChangeRecord(long version, Instant at,
                           @Schema(description = "Subject of who made the change: a person's account id (opaque), or the client id of a machine caller", example = "3f6c0a52-9d1e-4b7a-8c55-0e2f7d41a9b3")
                           String by,
                           @Schema(description = "Who made the change as people read it: the person's display name, or `by` for a machine caller and for entries made before display names were kept. Never an e-mail address.", example = "鈴木 誠（地域づくり課）")
                           String byName,
                           String action, List<FieldChange> changes) {

    public ChangeRecord {
        byName = Actor.nameOr(byName, by);
    }

    static ChangeRecord of(long version, Instant at, Actor by, String action, List<FieldChange> changes) {
        return new ChangeRecord(version, at, by.subject(), by.name(), action, changes);
    }
}
