package jp.kizuna.platform.time;

import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;

/**
 * A Japanese fiscal year (年度): April 1 to March 31, named by the Western year it starts in.
 * FY2024 is 令和6年度 (April 2024 to March 2025). Era names come from java.time's Japanese
 * calendar, never from a hand-written table, so they stay right across era changes.
 */
public record FiscalYear(int startYear) implements Comparable<FiscalYear> {

    public static final ZoneId CITY_ZONE = ZoneId.of("Asia/Tokyo");
    /**
     * The first fiscal year the platform's records, figures and schedules may be about (平成元年度);
     * a history (a founding date in the register) may go further back, to 1873.
     */
    public static final int FIRST_SUPPORTED = 1989;
    /** The last fiscal year the platform's records, figures and schedules may be about. */
    public static final int LAST_SUPPORTED = 2100;
    private static final Month FIRST_MONTH = Month.APRIL;

    public FiscalYear {
        if (startYear < 1873 || startYear > 9999) {
            throw new IllegalArgumentException("fiscal year " + startYear + " is outside the supported range");
        }
    }

    /** Whether the platform keeps records, figures and schedules for this fiscal year (1989 to 2100). */
    public static boolean supported(int startYear) {
        return startYear >= FIRST_SUPPORTED && startYear <= LAST_SUPPORTED;
    }

    /**
     * The fiscal year, when the platform keeps records for it.
     *
     * @throws IllegalArgumentException naming the range, when it does not
     */
    public static FiscalYear supportedOf(int startYear) {
        if (!supported(startYear)) {
            throw new IllegalArgumentException("fiscal year " + startYear + " is outside the supported range "
                    + FIRST_SUPPORTED + " to " + LAST_SUPPORTED);
        }
        return new FiscalYear(startYear);
    }

    public static FiscalYear of(int startYear) {
        return new FiscalYear(startYear);
    }

    public static FiscalYear containing(LocalDate date) {
        return new FiscalYear(date.getMonth().compareTo(FIRST_MONTH) >= 0 ? date.getYear() : date.getYear() - 1);
    }

    public static FiscalYear current(java.time.Clock clock) {
        return containing(LocalDate.now(clock.withZone(CITY_ZONE)));
    }

    public LocalDate firstDay() {
        return LocalDate.of(startYear, FIRST_MONTH, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(startYear + 1, Month.MARCH, 31);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
    }

    /**
     * The Japanese label as printed on city documents, e.g. {@code 令和6年度}: the Japanese name of
     * the calendar year the fiscal year starts in. FY2019 began in 平成31年 but is written
     * 令和元年度, as the city's documents do, because 2019 is named 令和元年 after the era change;
     * FY1988 stays 昭和63年度.
     */
    public String japaneseLabel() {
        return JapaneseEras.year(startYear) + "度";
    }

    /** The English label, e.g. {@code FY2024}. */
    public String label() {
        return "FY" + startYear;
    }

    public FiscalYear next() {
        return new FiscalYear(startYear + 1);
    }

    public FiscalYear previous() {
        return new FiscalYear(startYear - 1);
    }

    @Override
    public int compareTo(FiscalYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public String toString() {
        return label();
    }
}
