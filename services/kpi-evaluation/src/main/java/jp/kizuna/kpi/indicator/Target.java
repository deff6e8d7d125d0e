package jp.kizuna.kpi.indicator;

import java.math.BigDecimal;
import java.time.Instant;

/** A target for a fiscal year, as last set. */
public record Target(BigDecimal value, String by, Instant at) {
}
