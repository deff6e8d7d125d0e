package jp.kizuna.web.events;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;

import jp.kizuna.web.events.EventViews.Event;
import jp.kizuna.web.events.EventViews.Schedule;
import jp.kizuna.web.text.JapaneseDates;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * How an event reads on a page, in the page's language: when it is (令和6年6月21日(金) 18:30〜20:00, a month
 * while the day is undecided, a fiscal year when the records give only that), its title, its fee and when
 * registration closes, in Asia/Tokyo time. Templates call it as {@code @eventTexts}.
 */
@Component("eventTexts")
public class EventTexts {

    static final ZoneId CITY = ZoneId.of("Asia/Tokyo");

    private final MessageSource messages;

    EventTexts(MessageSource messages) {
        this.messages = messages;
    }

    public String when(Event event, Locale locale) {
        return when(event.details().schedule(), locale);
    }

    public String when(Schedule schedule, Locale locale) {
        if (schedule == null) {
            return "";
        }
        if (schedule.undatedFiscalYear() != null) {
            return JapaneseDates.fiscalYear(schedule.undatedFiscalYear(), locale);
        }
        if (schedule.tentativeMonth() != null) {
            String month = JapaneseDates.month(YearMonth.parse(schedule.tentativeMonth()), locale);
            String times = times(schedule, locale);
            return messages.getMessage("event.tentative", new Object[] {month}, locale) + (times.isEmpty() ? "" : " " + times);
        }
        if (schedule.endDate() != null && !schedule.endDate().equals(schedule.date())) {
            // it starts on its first day at its start time and ends on its last day at its end time
            return JapaneseDates.dateAndTimes(schedule.date(), schedule.startTime(), null, locale).replaceFirst("〜$", "")
                    + (JapaneseDates.japanese(locale) ? "〜" : " – ")
                    + JapaneseDates.dateAndTimes(schedule.endDate(), schedule.endTime(), null, locale).replaceFirst("〜$", "");
        }
        return JapaneseDates.dateAndTimes(schedule.date(), schedule.startTime(), schedule.endTime(), locale);
    }

    private static String times(Schedule schedule, Locale locale) {
        if (schedule.startTime() == null) {
            return "";
        }
        String full = JapaneseDates.dateAndTimes(LocalDate.of(2000, 1, 1), schedule.startTime(), schedule.endTime(), locale);
        return full.substring(JapaneseDates.date(LocalDate.of(2000, 1, 1), locale).length()).strip().replaceFirst("^, ", "");
    }

    public String title(Event event, Locale locale) {
        String english = event.details().titleEn();
        return !JapaneseDates.japanese(locale) && english != null && !english.isBlank() ? english : event.details().title();
    }

    /** The language the title is written in, for {@code lang} on the element that shows it. */
    public String titleLanguage(Event event, Locale locale) {
        String english = event.details().titleEn();
        return !JapaneseDates.japanese(locale) && english != null && !english.isBlank() ? "en" : "ja";
    }

    /** 無料 / 500円 / as the organizer worded it; empty when the event says nothing about a fee. */
    public String fee(Event event, Locale locale) {
        EventViews.Fee fee = event.details().fee();
        if (fee == null) {
            return "";
        }
        String amount = fee.basicYen() == 0 ? messages.getMessage("event.fee.free", null, locale)
                : messages.getMessage("event.fee.yen", new Object[] {NumberFormat.getIntegerInstance(Locale.JAPAN).format(fee.basicYen())}, locale);
        return fee.detail() == null || fee.detail().isBlank() ? amount : amount + "（" + fee.detail() + "）";
    }

    /**
     * When registration closes, Tokyo time: 令和6年6月19日(水) 23:59 for a deadline day (it closes as the next day
     * begins), 令和6年7月10日(水) 18:30 when it closes as the event starts.
     */
    public String closes(Instant closesAt, Locale locale) {
        if (closesAt == null) {
            return "";
        }
        ZonedDateTime tokyo = closesAt.atZone(CITY);
        if (tokyo.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            tokyo = tokyo.minusMinutes(1);
        }
        return JapaneseDates.dateAndTimes(tokyo.toLocalDate(), tokyo.toLocalTime().withSecond(0).withNano(0), null, locale)
                .replaceFirst("〜$", "");
    }

    public String fiscalYear(int year, Locale locale) {
        return JapaneseDates.fiscalYear(year, locale);
    }

    public String month(YearMonth month, Locale locale) {
        return JapaneseDates.month(month, locale);
    }

    public String day(LocalDate day, Locale locale) {
        return JapaneseDates.date(day, locale);
    }
}
