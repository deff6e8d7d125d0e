package jp.kizuna.platform.time;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The days the platform's schedules, deadlines and reports may fall on: those of the supported
 * fiscal years, {@value #FIRST} to {@value #LAST}. A day outside cannot be shown with its Japanese
 * era and fiscal year, so every such date is refused where it comes in, at the edge
 * ({@link jp.kizuna.platform.web.params.SupportedDate}) and in the domain ({@link #require}).
 */
public final class SupportedDates {

    public static final String FIRST = "1989-04-01";
    public static final String LAST = "2101-03-31";
    public static final LocalDate FIRST_DAY = FiscalYear.of(FiscalYear.FIRST_SUPPORTED).firstDay();
    public static final LocalDate LAST_DAY = FiscalYear.of(FiscalYear.LAST_SUPPORTED).lastDay();

    private SupportedDates() {
    }

    public static boolean contains(LocalDate day) {
        return !day.isBefore(FIRST_DAY) && !day.isAfter(LAST_DAY);
    }

    /**
     * The day, when it is supported; null stays null.
     *
     * @param what the field's name, for the message
     * @throws IllegalArgumentException naming the field and the range, when it is not
     */
    public static LocalDate require(LocalDate day, String what) {
        if (day != null && !contains(day)) {
            throw new IllegalArgumentException(what + " " + day + " is outside the supported days " + FIRST + " to " + LAST);
        }
        return day;
    }

    /** The moment, when its day is supported; null stays null. */
    public static LocalDateTime require(LocalDateTime moment, String what) {
        if (moment != null) {
            require(moment.toLocalDate(), what);
        }
        return moment;
    }
}
