package jp.kizuna.web.events;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

import jp.kizuna.web.events.EventViews.Event;

/**
 * A month as the calendar page draws it: weeks from Sunday to Saturday, as Japanese calendars are, each day
 * with the events on it (an event over several days appears on each of them).
 */
record CalendarMonth(YearMonth month, List<List<Day>> weeks) {

    static final List<DayOfWeek> WEEK = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);

    /** One square of the calendar; {@code inMonth} false for the days before and after the month. */
    record Day(LocalDate date, boolean inMonth, boolean today, List<Event> events) {
    }

    static CalendarMonth of(YearMonth month, List<Event> events, LocalDate today) {
        LocalDate first = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
        LocalDate last = month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        List<List<Day>> weeks = new ArrayList<>();
        List<Day> week = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            LocalDate date = day;
            week.add(new Day(date, YearMonth.from(date).equals(month), date.equals(today),
                    events.stream().filter(event -> on(event, date)).toList()));
            if (week.size() == 7) {
                weeks.add(List.copyOf(week));
                week.clear();
            }
        }
        return new CalendarMonth(month, List.copyOf(weeks));
    }

    private static boolean on(Event event, LocalDate day) {
        LocalDate start = event.details().schedule().date();
        if (start == null) {
            return false;
        }
        LocalDate end = event.details().schedule().endDate() == null ? start : event.details().schedule().endDate();
        return !day.isBefore(start) && !day.isAfter(end);
    }
}
