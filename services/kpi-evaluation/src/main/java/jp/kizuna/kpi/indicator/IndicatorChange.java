package jp.kizuna.kpi.indicator;

import java.math.BigDecimal;
import java.time.Instant;

/** One change of a target or actual: what, which year, before and after, who, when and why. */
public record IndicatorChange(Instant at, String by, String action, Integer fiscalYear, BigDecimal before,
                              BigDecimal after, String reason) {
}
