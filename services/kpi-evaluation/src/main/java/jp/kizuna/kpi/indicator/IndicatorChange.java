package jp.kizuna.kpi.indicator;

import java.math.BigDecimal;
import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;
import jp.kizuna.platform.security.Actor;

/**
 * One change of a target or actual: what, which year, before and after, who, when and why.
 *
 * @param by     the subject of who changed it
 * @param byName whom people see: the display name, or {@code by} (also for changes kept before display names were)
 */
public record IndicatorChange(Instant at,
                              @Schema(description = "Subject of who made the change: a person's account id (opaque), or a machine client's or the seed's id")
                              String by,
                              @Schema(description = "Who made the change as people read it: the display name, or `by` for a machine caller and for changes made before display names were kept. Never an e-mail address.", example = "鈴木 誠（地域づくり課）")
                              String byName,
                              String action, Integer fiscalYear, BigDecimal before, BigDecimal after, String reason) {

    public IndicatorChange {
        byName = Actor.nameOr(byName, by);
    }

    static IndicatorChange of(Instant at, Actor by, String action, Integer fiscalYear, BigDecimal before,
                              BigDecimal after, String reason) {
        return new IndicatorChange(at, by.subject(), by.name(), action, fiscalYear, before, after, reason);
    }
}
