package jp.kizuna.kpi.indicator;

import java.math.BigDecimal;
import java.util.List;

/** A KPI with its definition and its series by fiscal year. */
public record IndicatorResponse(
        String code,
        int policyField,
        int number,
        String name,
        String unit,
        IndicatorKind kind,
        String definition,
        Direction direction,
        DerivationSource derivedFrom,
        BigDecimal finalTarget,
        String verification,
        List<SeriesPoint> series,
        long version) {
}
