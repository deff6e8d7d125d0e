package jp.kizuna.kpi.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A value derived from the other services' events for a fiscal year.
 *
 * @param state {@code PROVISIONAL} while the year runs (counted as of today), {@code FINAL} once it has
 *              ended (counted at its last day)
 * @param asOf  the day the value describes
 */
public record DerivedValue(BigDecimal value, String state, LocalDate asOf, String basis) {
}
