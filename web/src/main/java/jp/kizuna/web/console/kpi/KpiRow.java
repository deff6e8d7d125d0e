package jp.kizuna.web.console.kpi;

import java.util.List;
import java.util.Locale;

import jp.kizuna.web.console.kpi.KpiViews.Indicator;
import jp.kizuna.web.console.kpi.KpiViews.Year;
import jp.kizuna.web.kpi.KpiNumbers;

/**
 * One fiscal year of an indicator as the console's tables show it: the target, the official actual (entered
 * by staff, provisional until confirmed) beside the value derived from the platform's events, their difference
 * (official − derived) and the achievement rate, each as printed with the unit; and what staff may do with the
 * year now: confirm a provisional actual once the year has ended, correct a confirmed one (city admins).
 */
public record KpiRow(int year, String label, String target, String official, String officialState, String enteredBy,
                     String derived, String derivedState, String difference, String achievement, String achievementBasis,
                     boolean confirmable, boolean confirmed) {

    static List<KpiRow> of(Indicator indicator, int currentFiscalYear, Locale locale) {
        return indicator.series().stream().map(year -> of(indicator, year, currentFiscalYear, locale)).toList();
    }

    static KpiRow of(Indicator indicator, Year year, int currentFiscalYear, Locale locale) {
        String unit = indicator.unit() == null ? "" : indicator.unit();
        boolean hasActual = year.hasActual();
        String enteredBy = hasActual ? year.actual().byName() : null;
        return new KpiRow(year.fiscalYear().year(), year.fiscalYear().in(locale),
                KpiNumbers.withUnit(year.target(), unit),
                hasActual ? KpiNumbers.withUnit(year.actual().value(), unit) : KpiNumbers.NONE,
                hasActual ? year.actual().state() : null,
                enteredBy,
                year.derived() == null ? KpiNumbers.NONE : KpiNumbers.withUnit(year.derived().value(), unit),
                year.derived() == null ? null : year.derived().state(),
                KpiNumbers.signed(year.differenceOfficialMinusDerived(), unit),
                KpiNumbers.percent(year.achievementRate()),
                year.achievementBasis(),
                hasActual && !year.isConfirmed() && year.fiscalYear().year() < currentFiscalYear,
                year.isConfirmed());
    }

    /** Whether the year has ended and its official actual is still missing or provisional. */
    public boolean awaitsConfirmation(int currentFiscalYear) {
        return year < currentFiscalYear && !confirmed;
    }
}
