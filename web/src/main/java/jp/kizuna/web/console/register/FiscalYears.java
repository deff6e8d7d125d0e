package jp.kizuna.web.console.register;

import java.time.LocalDate;
import java.util.Locale;

/** Fiscal years as the city counts them: April to March, named by their start year (2023 is 令和5年度). */
final class FiscalYears {

    private FiscalYears() {
    }

    static int of(LocalDate day) {
        return day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1;
    }

    /** 令和5年度 (令和元年度 for 2019, 平成 before it) in Japanese, FY2023 otherwise. */
    static String label(int fiscalYear, Locale locale) {
        if (!"ja".equals(locale.getLanguage())) {
            return "FY" + fiscalYear;
        }
        if (fiscalYear >= 2019) {
            return "令和" + (fiscalYear == 2019 ? "元" : Integer.toString(fiscalYear - 2018)) + "年度";
        }
        return "平成" + (fiscalYear == 1989 ? "元" : Integer.toString(fiscalYear - 1988)) + "年度";
    }
}
