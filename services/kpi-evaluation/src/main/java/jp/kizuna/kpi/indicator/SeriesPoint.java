package jp.kizuna.kpi.indicator;

import java.math.BigDecimal;

/**
 * One fiscal year of an indicator: target, the official actual, the value derived from events,
 * the difference between the two (official − derived) and the achievement rate of the official
 * actual (or of the derived value while there is none).
 */
public record SeriesPoint(
        FiscalYearLabel fiscalYear,
        BigDecimal target,
        Actual actual,
        DerivedValue derived,
        BigDecimal differenceOfficialMinusDerived,
        BigDecimal achievementRate,
        String achievementBasis) {

    static SeriesPoint of(Indicator indicator, FiscalYearLabel year, Target target, Actual actual, DerivedValue derived) {
        BigDecimal targetValue = target == null ? null : target.value();
        BigDecimal difference = actual != null && derived != null ? actual.value().subtract(derived.value()) : null;
        BigDecimal basisValue = actual != null ? actual.value() : derived == null ? null : derived.value();
        String basis = actual != null ? "OFFICIAL" : derived != null ? "DERIVED" : null;
        BigDecimal rate = AchievementRate.of(targetValue, basisValue, indicator.direction());
        return new SeriesPoint(year, targetValue, actual, derived, difference, rate, rate == null ? null : basis);
    }
}
