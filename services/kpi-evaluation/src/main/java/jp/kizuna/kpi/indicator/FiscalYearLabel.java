package jp.kizuna.kpi.indicator;

import jp.kizuna.platform.time.FiscalYear;

/** A fiscal year as the API shows it: the Western start year and both labels. */
public record FiscalYearLabel(int year, String label, String japaneseLabel) {

    public static FiscalYearLabel of(FiscalYear fiscalYear) {
        return new FiscalYearLabel(fiscalYear.startYear(), fiscalYear.label(), fiscalYear.japaneseLabel());
    }
}
