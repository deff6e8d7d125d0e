package jp.kizuna.kpi.indicator;

import java.math.BigDecimal;
import java.time.Instant;

/** The official (entered) actual of a fiscal year. */
public record Actual(BigDecimal value, ActualState state, String comment, String by, Instant at, String confirmedBy,
                     Instant confirmedAt) {
}
