package jp.kizuna.platform.time;

import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;

/**
 * Japanese era names (和暦) as city documents print them, from java.time's Japanese calendar.
 * The first year of an era is written 元年 (令和元年), as the documents do.
 */
public final class JapaneseEras {

    private JapaneseEras() {
    }

    /** E.g. {@code 令和6年5月31日}. */
    public static String date(LocalDate date) {
        JapaneseDate japanese = JapaneseDate.from(date);
        return eraYear(japanese) + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** E.g. {@code 平成25年7月}: the era in force on the month's last day. */
    public static String month(int year, int month) {
        LocalDate last = LocalDate.of(year, month, 1).withDayOfMonth(LocalDate.of(year, month, 1).lengthOfMonth());
        return eraYear(JapaneseDate.from(last)) + month + "月";
    }

    /**
     * The Japanese name of a Western calendar year, e.g. {@code 令和元年} for 2019: the era in force
     * at the year's end, which is how a year in which the era changed is named afterwards.
     */
    public static String year(int year) {
        return eraYear(JapaneseDate.from(LocalDate.of(year, 12, 31)));
    }

    private static String eraYear(JapaneseDate date) {
        int yearOfEra = date.get(ChronoField.YEAR_OF_ERA);
        return date.getEra().getDisplayName(TextStyle.FULL, Locale.JAPAN) + (yearOfEra == 1 ? "元" : yearOfEra) + "年";
    }
}
