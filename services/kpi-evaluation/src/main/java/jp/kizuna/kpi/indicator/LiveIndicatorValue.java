package jp.kizuna.kpi.indicator;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A KPI value derived from the other services' events for a fiscal year that is still running.
 *
 * @param state  {@code PROVISIONAL} until the fiscal year has ended and the value is confirmed
 * @param source {@code DERIVED} (from events) as opposed to {@code ENTERED} by city staff
 */
public record LiveIndicatorValue(
        String indicator,
        String name,
        String unit,
        FiscalYearLabel fiscalYear,
        BigDecimal value,
        String state,
        String source,
        Instant asOf) {
}
