package jp.kizuna.web.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;

import jp.kizuna.web.events.CalendarMonth.Day;
import jp.kizuna.web.events.EventViews.Event;
import org.junit.jupiter.api.Test;

class CalendarMonthTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 6, 10);

    @Test
    void startsEveryWeekOnSundayAndEndsItOnSaturday() {
        CalendarMonth june = CalendarMonth.of(YearMonth.of(2024, 6), List.of(), TODAY);

        assertThat(june.weeks()).allSatisfy(week -> {
            assertThat(week).hasSize(7);
            assertThat(week.getFirst().date().getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
            assertThat(week.getLast().date().getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
        });
        assertThat(CalendarMonth.WEEK.getFirst()).isEqualTo(DayOfWeek.SUNDAY);
    }

    @Test
    void fillsTheFirstWeekWithTheLastDaysOfThePreviousMonth() {
        // 1 June 2024 is a Saturday
        List<Day> first = CalendarMonth.of(YearMonth.of(2024, 6), List.of(), TODAY).weeks().getFirst();

        assertThat(first.getFirst().date()).isEqualTo(LocalDate.of(2024, 5, 26));
        assertThat(first.subList(0, 6)).noneMatch(Day::inMonth);
        assertThat(first.getLast().date()).isEqualTo(LocalDate.of(2024, 6, 1));
        assertThat(first.getLast().inMonth()).isTrue();
    }

    @Test
    void fillsTheLastWeekWithTheFirstDaysOfTheNextMonth() {
        // 30 June 2024 is a Sunday: a sixth week, of which only that day is June's
        CalendarMonth june = CalendarMonth.of(YearMonth.of(2024, 6), List.of(), TODAY);
        List<Day> last = june.weeks().getLast();

        assertThat(june.weeks()).hasSize(6);
        assertThat(last.getFirst().date()).isEqualTo(LocalDate.of(2024, 6, 30));
        assertThat(last.getFirst().inMonth()).isTrue();
        assertThat(last.subList(1, 7)).noneMatch(Day::inMonth);
        assertThat(last.getLast().date()).isEqualTo(LocalDate.of(2024, 7, 6));
    }

    @Test
    void needsOnlyFourWeeksForAFebruaryThatStartsOnSunday() {
        CalendarMonth february = CalendarMonth.of(YearMonth.of(2015, 2), List.of(), TODAY);

        assertThat(february.weeks()).hasSize(4);
        assertThat(february.weeks()).allSatisfy(week -> assertThat(week).allMatch(Day::inMonth));
    }

    @Test
    void crossesTheYearBoundaryInDecemberAndJanuary() {
        // 1 January 2025 is a Wednesday, 31 December 2024 a Tuesday
        CalendarMonth january = CalendarMonth.of(YearMonth.of(2025, 1), List.of(), TODAY);
        CalendarMonth december = CalendarMonth.of(YearMonth.of(2024, 12), List.of(), TODAY);

        assertThat(january.weeks().getFirst().getFirst().date()).isEqualTo(LocalDate.of(2024, 12, 29));
        assertThat(december.weeks().getLast().getLast().date()).isEqualTo(LocalDate.of(2025, 1, 4));
    }

    @Test
    void marksToday() {
        CalendarMonth june = CalendarMonth.of(YearMonth.of(2024, 6), List.of(), TODAY);

        assertThat(days(june).stream().filter(Day::today).map(Day::date)).containsExactly(TODAY);
    }

    @Test
    void putsAnEventOnItsDayInTokyoEvenWhenItIsStillTheDayBeforeInUtc() {
        // 00:30 in Tokyo on the 21st is 15:30 UTC on the 20th: the calendar follows the city's clock
        Event lateNight = TestEvents.on("late", LocalDate.of(2024, 6, 21), LocalTime.of(0, 30), LocalTime.of(2, 0));

        CalendarMonth june = CalendarMonth.of(YearMonth.of(2024, 6), List.of(lateNight), TODAY);

        assertThat(day(june, LocalDate.of(2024, 6, 21)).events()).containsExactly(lateNight);
        assertThat(day(june, LocalDate.of(2024, 6, 20)).events()).isEmpty();
    }

    @Test
    void putsAnEventOverSeveralDaysOnEachOfThem() {
        Event festival = TestEvents.over("fes", LocalDate.of(2024, 8, 3), LocalDate.of(2024, 8, 4));

        CalendarMonth august = CalendarMonth.of(YearMonth.of(2024, 8), List.of(festival), TODAY);

        assertThat(days(august).stream().filter(d -> d.events().contains(festival)).map(Day::date))
                .containsExactly(LocalDate.of(2024, 8, 3), LocalDate.of(2024, 8, 4));
    }

    @Test
    void showsAnEventIntoTheNextMonthOnTheTrailingDaysToo() {
        Event overMonthEnd = TestEvents.over("camp", LocalDate.of(2024, 6, 30), LocalDate.of(2024, 7, 1));

        CalendarMonth june = CalendarMonth.of(YearMonth.of(2024, 6), List.of(overMonthEnd), TODAY);

        Day firstOfJuly = day(june, LocalDate.of(2024, 7, 1));
        assertThat(firstOfJuly.inMonth()).isFalse();
        assertThat(firstOfJuly.events()).containsExactly(overMonthEnd);
    }

    @Test
    void keepsTheOrderTheEventsCameInOnOneDay() {
        Event morning = TestEvents.on("morning", LocalDate.of(2024, 6, 21), LocalTime.of(9, 0), LocalTime.of(12, 0));
        Event evening = TestEvents.on("evening", LocalDate.of(2024, 6, 21), LocalTime.of(18, 30), LocalTime.of(20, 0));

        CalendarMonth june = CalendarMonth.of(YearMonth.of(2024, 6), List.of(morning, evening), TODAY);

        assertThat(day(june, LocalDate.of(2024, 6, 21)).events()).containsExactly(morning, evening);
    }

    @Test
    void leavesEventsWithoutADayOffTheGrid() {
        Event planned = TestEvents.plannedFor("planned", "2024-06");
        Event fiscalYearOnly = TestEvents.knownOnlyBy("fy", 2024);

        CalendarMonth june = CalendarMonth.of(YearMonth.of(2024, 6), List.of(planned, fiscalYearOnly), TODAY);

        assertThat(days(june)).allMatch(d -> d.events().isEmpty());
    }

    private static List<Day> days(CalendarMonth month) {
        return month.weeks().stream().flatMap(List::stream).toList();
    }

    private static Day day(CalendarMonth month, LocalDate date) {
        return days(month).stream().filter(d -> d.date().equals(date)).findFirst().orElseThrow();
    }
}
