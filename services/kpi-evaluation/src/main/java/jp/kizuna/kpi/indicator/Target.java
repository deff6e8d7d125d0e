package jp.kizuna.kpi.indicator;

import java.math.BigDecimal;
import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;
import jp.kizuna.platform.security.Actor;

/**
 * A target for a fiscal year, as last set.
 *
 * @param by     the subject of who set it
 * @param byName whom people see: the display name, or {@code by} (also for targets set before display names were kept)
 */
public record Target(BigDecimal value,
                     @Schema(description = "Subject of who set the target")
                     String by,
                     @Schema(description = "Who set the target as people read it: the display name, or `by`. Never an e-mail address.", example = "鈴木 誠（地域づくり課）")
                     String byName,
                     Instant at) {

    public Target {
        byName = Actor.nameOr(byName, by);
    }

    static Target of(BigDecimal value, Actor by, Instant at) {
        return new Target(value, by.subject(), by.name(), at);
    }
}
