package jp.kizuna.web.events;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import jp.kizuna.web.events.EventViews.Details;
import jp.kizuna.web.events.EventViews.Event;
import jp.kizuna.web.events.EventViews.Fee;
import jp.kizuna.web.events.EventViews.Organizer;
import jp.kizuna.web.events.EventViews.RegistrationState;
import jp.kizuna.web.events.EventViews.Schedule;
import jp.kizuna.web.events.EventViews.Terms;
import jp.kizuna.web.events.EventViews.Venue;

/** Events as the API describes them, for the unit tests of what the pages make of them. */
final class TestEvents {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private TestEvents() {
    }

    static Event on(String id, LocalDate date, LocalTime start, LocalTime end) {
        return with(id, new Schedule(date, null, start, end, null, null), null);
    }

    static Event over(String id, LocalDate first, LocalDate last) {
        return with(id, new Schedule(first, last, null, null, null, null), null);
    }

    static Event plannedFor(String id, String month) {
        return with(id, new Schedule(null, null, LocalTime.of(18, 30), LocalTime.of(20, 0), month, null), null);
    }

    static Event knownOnlyBy(String id, int fiscalYear) {
        return with(id, new Schedule(null, null, null, null, null, fiscalYear), null);
    }

    static Event withFee(Fee fee) {
        return with("fee", new Schedule(LocalDate.of(2024, 6, 21), null, null, null, null, null), fee);
    }

    static Event titled(String title, String titleEn) {
        Details details = new Details(title, titleEn, "WORKSHOP", null, new Venue("一箕公民館", null, null, null, null),
                new Schedule(LocalDate.of(2024, 6, 21), null, null, null, null, null), null, null, null, null, null, null,
                List.of(), null, null);
        return event("titled", details);
    }

    static Event with(String id, Schedule schedule, Fee fee) {
        Details details = new Details("ワークショップ " + id, null, "WORKSHOP", null, new Venue("一箕公民館", null, null, null, null),
                schedule, 30, fee, new Terms(true, null, null, null, null), null, false, null, List.of("一箕"), null, null);
        return event(id, details);
    }

    private static Event event(String id, Details details) {
        Schedule schedule = details.schedule();
        var startsAt = schedule.date() == null ? null
                : schedule.date().atTime(schedule.startTime() == null ? LocalTime.MIDNIGHT : schedule.startTime())
                        .atZone(TOKYO).toOffsetDateTime();
        return new Event(id, "PUBLISHED", new Organizer("ikki", "一箕地区ひとみ創造ネットワーク"), null, null, details,
                "ワークショップ", null, startsAt, null, 2024, new RegistrationState(true, true, null, 30, 0, 0, 30), null);
    }
}
