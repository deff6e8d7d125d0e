package jp.kizuna.subsidy.budget;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;
import jp.kizuna.platform.security.Actor;

/**
 * One change of a budget line: the figures before and after, who, when and why.
 *
 * @param by     the subject of who made it
 * @param byName whom people see: the display name, or {@code by} (also for changes kept before display names were)
 */
public record BudgetChange(Instant at,
                           @Schema(description = "Subject of who made the change: a person's account id (opaque), or a machine client's or the seed's id")
                           String by,
                           @Schema(description = "Who made the change as people read it: the display name, or `by` for a machine caller and for changes made before display names were kept. Never an e-mail address.", example = "鈴木 誠（地域づくり課）")
                           String byName,
                           BudgetFigures before, BudgetFigures after, String reason) {

    public BudgetChange {
        byName = Actor.nameOr(byName, by);
    }

    static BudgetChange of(Instant at, Actor by, BudgetFigures before, BudgetFigures after, String reason) {
        return new BudgetChange(at, by.subject(), by.name(), before, after, reason);
    }
}
