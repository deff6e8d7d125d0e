package jp.kizuna.web.text;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;

/**
 * Dates as a Japanese reader expects them — 令和6年6月21日(金) 18:30〜20:00, 令和元年 for the first year of an
 * era, 令和5年度 for a fiscal year (April to March) — and as an English reader does (Fri 21 June 2024,
 * 18:30–20:00; FY2023). All times are Asia/Tokyo wall-clock times, as the API gives them.
 */
public final class JapaneseDates {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");
    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("EEE d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter ENGLISH_MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    private JapaneseDates() {
    }

    public static boolean japanese(Locale locale) {
        return !Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
    }

    /** 令和6年6月21日(金) / Fri 21 June 2024 */
    public static String date(LocalDate date, Locale locale) {
        if (!japanese(locale)) {
            return ENGLISH_DATE.format(date);
        }
        return eraYear(date) + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日("
                + date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.JAPANESE) + ")";
    }

    /** 令和6年6月21日(金) 18:30〜20:00, with the start time alone or no time when the API gives none. */
    public static String dateAndTimes(LocalDate date, LocalTime start, LocalTime end, Locale locale) {
        String day = date(date, locale);
        if (start == null) {
            return day;
        }
        String separator = japanese(locale) ? " " : ", ";
        String range = japanese(locale) ? "〜" : "–";
        return day + separator + TIME.format(start) + (end == null ? (japanese(locale) ? "〜" : "") : range + TIME.format(end));
    }

    /** 令和6年10月 / October 2024; a month in which the era changed is named by the era at its end (平成元年1月). */
    public static String month(YearMonth month, Locale locale) {
        if (!japanese(locale)) {
            return ENGLISH_MONTH.format(month);
        }
        return eraYear(month.atEndOfMonth()) + "年" + month.getMonthValue() + "月";
    }

    /**
     * 令和5年度 / FY2023 (April 2023 – March 2024). The year is named by the era at the end of the calendar year it
     * starts in, as the city's documents and the API do: FY2019 is 令和元年度, though its April was still 平成.
     */
    public static String fiscalYear(int fiscalYear, Locale locale) {
        return japanese(locale) ? eraYear(LocalDate.of(fiscalYear, 12, 31)) + "年度" : "FY" + fiscalYear;
    }

    /** The fiscal year (年度) a day belongs to. */
    public static int fiscalYearOf(LocalDate date) {
        return date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1;
    }

    /** 令和6 or 令和元 */
    private static String eraYear(LocalDate date) {
        JapaneseDate japanese = JapaneseDate.from(date);
        JapaneseEra era = japanese.getEra();
        int year = japanese.get(ChronoField.YEAR_OF_ERA);
        return era.getDisplayName(TextStyle.FULL, Locale.JAPANESE) + (year == 1 ? "元" : Integer.toString(year));
    }
}
