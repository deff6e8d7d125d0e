package jp.kizuna.platform.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A date as precisely as the city's documents know it: a day ({@code 2024-05-31}), a month
 * ({@code 2013-07}, 平成25年7月), a calendar year ({@code 2015}, 平成27年) or a fiscal year
 * ({@code FY2019}, 令和元年度), from 1873 (the Gregorian calendar in Japan) to the last supported
 * fiscal year, 2100. Accepted from JSON as that string; shown with its precision, its first and
 * last day and its Japanese label.
 */
public record HistoricDate(String value) implements Comparable<HistoricDate> {

    public enum Precision { DAY, MONTH, YEAR, FISCAL_YEAR }

    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern FISCAL_YEAR = Pattern.compile("FY(\\d{4})");

    public HistoricDate {
        if (value == null) {
            throw new IllegalArgumentException("a date is required");
        }
        firstDayOf(value);
    }

    /**
     * A date as a client or a seed dataset writes it. Years after the last supported fiscal year
     * (2100) are refused here, where a date comes in, and not in the constructor, so that a record
     * stored before this rule can still be read.
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static HistoricDate parse(String value) {
        HistoricDate date = new HistoricDate(value.strip());
        if (date.firstDay().getYear() > FiscalYear.LAST_SUPPORTED) {
            throw new IllegalArgumentException("dates after " + FiscalYear.LAST_SUPPORTED + " are not supported");
        }
        return date;
    }

    public static HistoricDate of(LocalDate day) {
        return new HistoricDate(day.toString());
    }

    public static HistoricDate of(FiscalYear fiscalYear) {
        return new HistoricDate(fiscalYear.label());
    }

    @JsonProperty
    public Precision precision() {
        if (DAY.matcher(value).matches()) {
            return Precision.DAY;
        }
        if (MONTH.matcher(value).matches()) {
            return Precision.MONTH;
        }
        return YEAR.matcher(value).matches() ? Precision.YEAR : Precision.FISCAL_YEAR;
    }

    /** The earliest day the date can mean. */
    @JsonProperty
    public LocalDate firstDay() {
        return firstDayOf(value);
    }

    /** The latest day the date can mean. */
    @JsonProperty
    public LocalDate lastDay() {
        LocalDate first = firstDay();
        return switch (precision()) {
            case DAY -> first;
            case MONTH -> YearMonth.from(first).atEndOfMonth();
            case YEAR -> first.withDayOfYear(first.lengthOfYear());
            case FISCAL_YEAR -> FiscalYear.containing(first).lastDay();
        };
    }

    /** E.g. 令和6年5月31日, 平成25年7月, 平成27年, 令和元年度. */
    @JsonProperty
    public String japaneseLabel() {
        LocalDate first = firstDay();
        return switch (precision()) {
            case DAY -> JapaneseEras.date(first);
            case MONTH -> JapaneseEras.month(first.getYear(), first.getMonthValue());
            case YEAR -> JapaneseEras.year(first.getYear());
            case FISCAL_YEAR -> FiscalYear.containing(first).japaneseLabel();
        };
    }

    /** Whether the date may lie after the given day (its last day is later). */
    public boolean mayBeAfter(LocalDate day) {
        return lastDay().isAfter(day);
    }

    /** Ordered by first day, then by last day (2013 before 2013-07 before 2013-07-15). */
    @Override
    public int compareTo(HistoricDate other) {
        int byFirst = firstDay().compareTo(other.firstDay());
        return byFirst != 0 ? byFirst : other.lastDay().compareTo(lastDay());
    }

    @Override
    public String toString() {
        return value;
    }

    private static LocalDate firstDayOf(String value) {
        try {
            Matcher m;
            if ((m = DAY.matcher(value)).matches()) {
                return LocalDate.of(year(m), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
            if ((m = MONTH.matcher(value)).matches()) {
                return LocalDate.of(year(m), Integer.parseInt(m.group(2)), 1);
            }
            if ((m = YEAR.matcher(value)).matches()) {
                return LocalDate.of(year(m), 1, 1);
            }
            if ((m = FISCAL_YEAR.matcher(value)).matches()) {
                return FiscalYear.of(year(m)).firstDay();
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + value + "' is not a real date", e);
        }
        throw new IllegalArgumentException("'" + value
                + "' is not a date: use YYYY-MM-DD, YYYY-MM, YYYY or FYYYYY (a fiscal year, e.g. FY2019)");
    }

    private static int year(Matcher m) {
        int year = Integer.parseInt(m.group(1));
        if (year < 1873) {
            throw new IllegalArgumentException("dates before 1873 (the Gregorian calendar in Japan) are not supported");
        }
        return year;
    }
}
