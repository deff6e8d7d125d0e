package jp.kizuna.events.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;

import jp.kizuna.events.event.CommunityEvent;
import jp.kizuna.events.event.EventFixtures;
import jp.kizuna.events.event.Schedule;
import jp.kizuna.platform.security.Actor;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/** The feed as a calendar program reads it: parsed by ical4j. */
class ICalendarTest {

    static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    static String property(Component component, String name) {
        return component.<Property>getProperty(name).map(Property::getValue).orElse(null);
    }

    @Test
    void aSessionBecomesAnEventAtItsTokyoTimeWithAStableUidAndALinkBack() throws Exception {
        CommunityEvent first = EventFixtures.published("ikki-workshop-2024-1", EventFixtures.firstIkkiWorkshop());

        Calendar calendar = parse(ICalendar.write("一箕地区のイベント", List.of(first), "https://kizuna.example/api/events/",
                EventFixtures.NOW));

        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).hasSize(1);
        VEvent event = events.getFirst();
        assertThat(property(event, Property.UID)).isEqualTo("ikki-workshop-2024-1@" + ICalendar.UID_DOMAIN);
        assertThat(property(event, Property.SUMMARY)).isEqualTo("一箕地区まちづくりワークショップ 第1回");
        assertThat(property(event, Property.LOCATION)).isEqualTo("一箕公民館, 会津若松市一箕町");
        assertThat(property(event, Property.URL)).isEqualTo("https://kizuna.example/api/events/ikki-workshop-2024-1");
        assertThat(property(event, Property.STATUS)).isEqualTo("CONFIRMED");
        Temporal start = event.getDateTimeStart().getDate();
        assertThat(ZonedDateTime.from(start).toOffsetDateTime().toString()).isEqualTo("2024-06-21T18:30+09:00");
        assertThat(property(event, Property.SEQUENCE)).isEqualTo("1");
    }

    @Test
    void aSessionWhoseDayIsNotDecidedIsLeftOutUntilItIs() throws Exception {
        CommunityEvent fifth = EventFixtures.published("ikki-workshop-2024-5", EventFixtures.withTitle(
                EventFixtures.firstIkkiWorkshop(), "第5回", new Schedule(null, null, null, null, "2024-10", null)));

        Calendar calendar = parse(ICalendar.write("一箕", List.of(fifth), "https://kizuna.example/api/events/",
                EventFixtures.NOW));

        assertThat(calendar.getComponents(Component.VEVENT)).isEmpty();
    }

    @Test
    void longJapaneseLinesAreFoldedWithoutSplittingACharacterAndSpecialCharactersEscaped() throws Exception {
        String title = "地域づくり、ワークショップ;「みんなで考える」".repeat(6);
        CommunityEvent long_ = EventFixtures.published("long", EventFixtures.withTitle(EventFixtures.firstIkkiWorkshop(), title,
                EventFixtures.firstIkkiWorkshop().schedule()));

        String ics = ICalendar.write("一箕", List.of(long_), "https://kizuna.example/api/events/", EventFixtures.NOW);

        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        VEvent parsed = parse(ics).<VEvent>getComponents(Component.VEVENT).getFirst();
        assertThat(property(parsed, Property.SUMMARY)).isEqualTo(title);
    }

    @Test
    void aCancelledEventStaysInTheFeedMarkedCancelled() throws Exception {
        CommunityEvent cancelled = EventFixtures.published("cancelled", EventFixtures.firstIkkiWorkshop());
        cancelled.cancel("荒天のため", Actor.of("test"), EventFixtures.NOW);

        VEvent parsed = parse(ICalendar.write("一箕", List.of(cancelled), "https://kizuna.example/api/events/",
                EventFixtures.NOW)).<VEvent>getComponents(Component.VEVENT).getFirst();

        assertThat(property(parsed, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(property(parsed, Property.SEQUENCE)).isEqualTo("2");
    }

    @Test
    void controlCharactersNeverReachTheFeedWhileEscapingStaysRight() throws Exception {
        String title = "会議\u0000室;A,B\\C\u0007\u001B[31m\u0085終";
        CommunityEvent stored = EventFixtures.published("controls", EventFixtures.withTitle(EventFixtures.firstIkkiWorkshop(),
                title, EventFixtures.firstIkkiWorkshop().schedule()));

        String ics = ICalendar.write("一箕\u0001", List.of(stored), "https://kizuna.example/api/events/", EventFixtures.NOW);

        assertThat(ics.chars().filter(c -> c < 0x20 && c != '\r' && c != '\n' || c >= 0x7F && c <= 0x9F)).isEmpty();
        VEvent parsed = parse(ics).<VEvent>getComponents(Component.VEVENT).getFirst();
        assertThat(property(parsed, Property.SUMMARY)).isEqualTo("会議 室;A,B\\C  [31m 終");
    }
}
