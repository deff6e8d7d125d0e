package jp.kizuna.kpi.indicator;

import java.math.BigDecimal;
import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;
import jp.kizuna.platform.security.Actor;

/**
 * The official (entered) actual of a fiscal year.
 *
 * @param by              the subject of who entered it
 * @param byName          whom people see for the entry: the display name, or {@code by}
 * @param confirmedBy     the subject of who confirmed it; null while provisional
 * @param confirmedByName whom people see for the confirmation: the display name, or {@code confirmedBy}
 *                        (both names also for actuals kept before display names were)
 */
public record Actual(BigDecimal value, ActualState state, String comment,
                     @Schema(description = "Subject of who entered the actual: a person's account id (opaque), or a machine client's or the seed's id")
                     String by,
                     @Schema(description = "Who entered the actual as people read it: the display name, or `by` for a machine caller and for actuals entered before display names were kept. Never an e-mail address.", example = "鈴木 誠（地域づくり課）")
                     String byName,
                     Instant at,
                     @Schema(description = "Subject of who confirmed the actual; null while it is provisional")
                     String confirmedBy,
                     @Schema(description = "Who confirmed the actual as people read it: the display name, or `confirmedBy`. Never an e-mail address.", example = "鈴木 誠（地域づくり課）")
                     String confirmedByName,
                     Instant confirmedAt) {

    public Actual {
        byName = Actor.nameOr(byName, by);
        confirmedByName = Actor.nameOr(confirmedByName, confirmedBy);
    }

    static Actual provisional(BigDecimal value, String comment, Actor by, Instant at) {
        return new Actual(value, ActualState.PROVISIONAL, comment, by.subject(), by.name(), at, null, null, null);
    }

    /** This actual, confirmed as the official figure by {@code by}. */
    Actual confirmed(Actor by, Instant at) {
        return new Actual(value, ActualState.CONFIRMED, comment, this.by, byName, this.at, by.subject(), by.name(), at);
    }

    /** A corrected confirmed actual: entered and confirmed at once by the city admin who corrected it. */
    static Actual corrected(BigDecimal value, String reason, Actor by, Instant at) {
        return new Actual(value, ActualState.CONFIRMED, reason, by.subject(), by.name(), at, by.subject(), by.name(), at);
    }
}
