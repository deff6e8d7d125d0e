package jp.kizuna.events.event;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;

import io.swagger.v3.oas.annotations.media.Schema;
import jp.kizuna.platform.time.FiscalYear;
import jp.kizuna.platform.time.JapaneseEras;
import jp.kizuna.platform.time.SupportedDates;
import jp.kizuna.platform.web.params.SupportedDate;
import jp.kizuna.platform.web.params.SupportedFiscalYear;

/**
 * When an event takes place, as wall-clock time in Asia/Tokyo, the only zone the city's events
 * happen in. Either a day ({@code date}, with {@code endDate} for events over several days, and
 * start and end times unless it lasts all day) or, while the day is still to be decided, the month
 * it is planned for ({@code tentativeMonth}, e.g. "2024-10" for 「令和6年10月予定」), with its times
 * if they are known. A past event whose day the records do not give (「令和5年度は通常開催」) is
 * known by its {@code undatedFiscalYear} alone. Every day and month lies within the supported fiscal
 * years ({@link SupportedDates}): the schedule refuses any other, so that an event can always be
 * shown with its era and counted in its fiscal year.
 */
public record Schedule(@SupportedDate LocalDate date, @SupportedDate LocalDate endDate, LocalTime startTime,
                       LocalTime endTime, String tentativeMonth,
                       @SupportedFiscalYear @Schema(minimum = SupportedFiscalYear.MINIMUM, maximum = SupportedFiscalYear.MAXIMUM)
                       Integer undatedFiscalYear) {

    public Schedule {
        SupportedDates.require(date, "date");
        SupportedDates.require(endDate, "endDate");
        if (undatedFiscalYear != null) {
            FiscalYear.supportedOf(undatedFiscalYear);
        }
        int given = (date == null ? 0 : 1) + (tentativeMonth == null ? 0 : 1) + (undatedFiscalYear == null ? 0 : 1);
        if (given != 1) {
            throw new IllegalArgumentException("give one of: the date; while it is not decided, the tentativeMonth (yyyy-MM); "
                    + "for a past event whose day is not recorded, the undatedFiscalYear");
        }
        if (undatedFiscalYear != null && (endDate != null || startTime != null)) {
            throw new IllegalArgumentException("an event known only by its fiscal year has no endDate or times");
        }
        if (tentativeMonth != null) {
            YearMonth month;
            try {
                month = YearMonth.parse(tentativeMonth);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("tentativeMonth must be a month as yyyy-MM, e.g. 2024-10");
            }
            SupportedDates.require(month.atDay(1), "tentativeMonth");
            if (endDate != null) {
                throw new IllegalArgumentException("an endDate needs a decided date");
            }
        }
        if (endDate != null && endDate.isBefore(date)) {
            throw new IllegalArgumentException("endDate " + endDate + " is before the date " + date);
        }
        if (endTime != null && startTime == null) {
            throw new IllegalArgumentException("an endTime needs a startTime");
        }
        if (startTime != null && endTime != null && endDate == null && !endTime.isAfter(startTime)) {
            throw new IllegalArgumentException("endTime " + endTime + " must be after startTime " + startTime);
        }
    }

    public static Schedule on(LocalDate date, LocalTime start, LocalTime end) {
        return new Schedule(date, null, start, end, null, null);
    }

    public boolean tentative() {
        return tentativeMonth != null;
    }

    /** Whether the day is known: not while it is to be decided, nor for an event known by its fiscal year. */
    public boolean dated() {
        return date != null;
    }

    public boolean allDay() {
        return startTime == null;
    }

    /** The month it takes place in; empty for an event known only by its fiscal year. */
    public Optional<YearMonth> month() {
        if (undatedFiscalYear != null) {
            return Optional.empty();
        }
        return Optional.of(tentative() ? YearMonth.parse(tentativeMonth) : YearMonth.from(date));
    }

    public LocalDate lastDay() {
        return endDate == null ? date : endDate;
    }

    /** The first moment of the event; empty while its day is not decided. */
    public Optional<ZonedDateTime> start() {
        if (!dated()) {
            return Optional.empty();
        }
        return Optional.of(date.atTime(allDay() ? LocalTime.MIDNIGHT : startTime).atZone(FiscalYear.CITY_ZONE));
    }

    /** The moment it is over: its end time, or the end of its last day. */
    public Optional<ZonedDateTime> end() {
        if (!dated()) {
            return Optional.empty();
        }
        return Optional.of(endTime == null ? lastDay().plusDays(1).atStartOfDay(FiscalYear.CITY_ZONE)
                : lastDay().atTime(endTime).atZone(FiscalYear.CITY_ZONE));
    }

    /**
     * Whether the event is over at this moment: past its end, or, for one known only by its fiscal
     * year, past that year. One whose day is still to be decided is not over.
     */
    public boolean over(Instant now) {
        if (dated()) {
            return !end().orElseThrow().toInstant().isAfter(now);
        }
        return !tentative() && fiscalYear().lastDay().isBefore(now.atZone(FiscalYear.CITY_ZONE).toLocalDate());
    }

    /** The fiscal year (April to March) the event belongs to, for participation figures. */
    public FiscalYear fiscalYear() {
        if (undatedFiscalYear != null) {
            return FiscalYear.of(undatedFiscalYear);
        }
        return FiscalYear.containing(tentative() ? YearMonth.parse(tentativeMonth).atDay(1) : date);
    }

    /** As the city writes it: 「令和6年6月21日(金) 18時30分から20時」, 「令和6年10月予定 18時30分から20時」. */
    public String japaneseLabel() {
        StringBuilder label = new StringBuilder();
        if (undatedFiscalYear != null) {
            return FiscalYear.of(undatedFiscalYear).japaneseLabel();
        }
        if (tentative()) {
            YearMonth month = YearMonth.parse(tentativeMonth);
            label.append(JapaneseEras.month(month.getYear(), month.getMonthValue())).append("予定");
        } else {
            label.append(JapaneseEras.date(date)).append('(').append(weekday(date.getDayOfWeek())).append(')');
            if (endDate != null && !endDate.equals(date)) {
                label.append("から").append(JapaneseEras.date(endDate)).append('(').append(weekday(endDate.getDayOfWeek()))
                        .append(')');
            }
        }
        if (startTime != null) {
            label.append(' ').append(time(startTime));
            if (endTime != null) {
                label.append("から").append(time(endTime));
            }
        }
        return label.toString();
    }

    private static String weekday(DayOfWeek day) {
        return day.getDisplayName(TextStyle.SHORT, Locale.JAPANESE);
    }

    private static String time(LocalTime time) {
        return time.getHour() + "時" + (time.getMinute() == 0 ? "" : time.getMinute() + "分");
    }
}
