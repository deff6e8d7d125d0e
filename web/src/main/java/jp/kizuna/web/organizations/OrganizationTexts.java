package jp.kizuna.web.organizations;

import java.time.YearMonth;
import java.util.Locale;

import jp.kizuna.web.organizations.OrganizationViews.HistoricDate;
import jp.kizuna.web.text.JapaneseDates;
import org.springframework.stereotype.Component;

/**
 * How the register's facts read in the page's language: dates as precise as the documents give them
 * (平成27年3月, 令和元年度 / March 2015, FY2019) and names in English where the register has them.
 * Templates call it as {@code @organizationTexts}.
 */
@Component("organizationTexts")
public class OrganizationTexts {

    public String date(HistoricDate date, Locale locale) {
        if (date == null) {
            return "";
        }
        if (JapaneseDates.japanese(locale) && date.japaneseLabel() != null) {
            return date.japaneseLabel();
        }
        return switch (date.precision() == null ? "DAY" : date.precision()) {
            case "FISCAL_YEAR" -> JapaneseDates.fiscalYear(date.firstDay().getYear(), locale);
            case "YEAR" -> Integer.toString(date.firstDay().getYear());
            case "MONTH" -> JapaneseDates.month(YearMonth.from(date.firstDay()), locale);
            default -> JapaneseDates.date(date.firstDay(), locale);
        };
    }

    public String name(String japanese, String english, Locale locale) {
        return !JapaneseDates.japanese(locale) && english != null && !english.isBlank() ? english : japanese;
    }

    public String language(String english, Locale locale) {
        return !JapaneseDates.japanese(locale) && english != null && !english.isBlank() ? "en" : "ja";
    }
}
