package jp.kizuna.web.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;

import jp.kizuna.web.events.EventViews.Fee;
import jp.kizuna.web.page.Bundles;
import org.junit.jupiter.api.Test;

class EventTextsTest {

    private static final Locale JA = Locale.JAPANESE;
    private static final Locale EN = Locale.ENGLISH;

    private final EventTexts texts = new EventTexts(Bundles.messages());

    @Test
    void saysWhenAnEventIsOnOneDay() {
        var workshop = TestEvents.on("w", LocalDate.of(2024, 6, 21), LocalTime.of(18, 30), LocalTime.of(20, 0));

        assertThat(texts.when(workshop, JA)).isEqualTo("令和6年6月21日(金) 18:30〜20:00");
        assertThat(texts.when(workshop, EN)).isEqualTo("Fri 21 June 2024, 18:30–20:00");
    }

    @Test
    void saysFromWhichDayToWhichForAnEventOverSeveralDays() {
        var festival = TestEvents.over("fes", LocalDate.of(2024, 8, 3), LocalDate.of(2024, 8, 4));

        assertThat(texts.when(festival, JA)).isEqualTo("令和6年8月3日(土)〜令和6年8月4日(日)");
        assertThat(texts.when(festival, EN)).isEqualTo("Sat 3 August 2024 – Sun 4 August 2024");
    }

    @Test
    void saysWhenAnEventOverSeveralDaysStartsAndEnds() {
        var camp = TestEvents.with("camp", new EventViews.Schedule(LocalDate.of(2024, 8, 3), LocalDate.of(2024, 8, 4),
                LocalTime.of(10, 0), LocalTime.of(15, 30), null, null), null);

        assertThat(texts.when(camp, JA)).isEqualTo("令和6年8月3日(土) 10:00〜令和6年8月4日(日) 15:30");
        assertThat(texts.when(camp, EN)).isEqualTo("Sat 3 August 2024, 10:00 – Sun 4 August 2024, 15:30");
    }

    @Test
    void namesBothErasForAnEventOverTheEraChange() {
        var overTheChange = TestEvents.over("change", LocalDate.of(2019, 4, 30), LocalDate.of(2019, 5, 1));

        assertThat(texts.when(overTheChange, JA)).isEqualTo("平成31年4月30日(火)〜令和元年5月1日(水)");
    }

    @Test
    void saysWhichMonthAnEventIsPlannedForWhileItsDayIsUndecided() {
        var planned = TestEvents.plannedFor("p", "2024-10");

        assertThat(texts.when(planned, JA)).isEqualTo("令和6年10月予定 18:30〜20:00");
        assertThat(texts.when(planned, EN)).isEqualTo("October 2024 (day to be decided) 18:30–20:00");
    }

    @Test
    void saysTheFiscalYearOfAPastEventWhoseDayIsNotRecorded() {
        var fiscalYearOnly = TestEvents.knownOnlyBy("fy", 2023);

        assertThat(texts.when(fiscalYearOnly, JA)).isEqualTo("令和5年度");
        assertThat(texts.when(fiscalYearOnly, EN)).isEqualTo("FY2023");
    }

    @Test
    void saysTheDeadlineDayInTokyoWhenRegistrationClosesAtItsEnd() {
        // 「締め切り 令和6年6月19日」: closes at 00:00 on the 20th in Tokyo, 15:00 UTC on the 19th
        Instant endOfThe19th = Instant.parse("2024-06-19T15:00:00Z");

        assertThat(texts.closes(endOfThe19th, JA)).isEqualTo("令和6年6月19日(水) 23:59");
        assertThat(texts.closes(endOfThe19th, EN)).isEqualTo("Wed 19 June 2024, 23:59");
    }

    @Test
    void saysTheTimeRegistrationClosesWhenItClosesAtTheStart() {
        // no deadline: registration closes when the 18:30 session starts, not a minute earlier
        Instant start = Instant.parse("2024-07-10T09:30:00Z");

        assertThat(texts.closes(start, JA)).isEqualTo("令和6年7月10日(水) 18:30");
    }

    @Test
    void saysNothingOfADeadlineThereIsNot() {
        assertThat(texts.closes(null, JA)).isEmpty();
    }

    @Test
    void writesTheFeeAsStated() {
        assertThat(texts.fee(TestEvents.withFee(new Fee(0, null)), JA)).isEqualTo("無料");
        assertThat(texts.fee(TestEvents.withFee(new Fee(0, null)), EN)).isEqualTo("Free");
        assertThat(texts.fee(TestEvents.withFee(new Fee(1500, null)), JA)).isEqualTo("1,500円");
        assertThat(texts.fee(TestEvents.withFee(new Fee(1500, null)), EN)).isEqualTo("¥1,500");
        assertThat(texts.fee(TestEvents.withFee(new Fee(500, "資料代として")), JA)).isEqualTo("500円（資料代として）");
    }

    @Test
    void saysNothingOfAFeeTheEventDoesNotMention() {
        assertThat(texts.fee(TestEvents.withFee(null), JA)).isEmpty();
    }

    @Test
    void showsTheEnglishTitleToEnglishReadersWhereThereIsOne() {
        var both = TestEvents.titled("一箕地区まちづくりワークショップ 第1回", "Ikki District Community Planning Workshop, session 1");
        var japaneseOnly = TestEvents.titled("鶴ヶ城周辺清掃", null);

        assertThat(texts.title(both, JA)).isEqualTo("一箕地区まちづくりワークショップ 第1回");
        assertThat(texts.titleLanguage(both, JA)).isEqualTo("ja");
        assertThat(texts.title(both, EN)).isEqualTo("Ikki District Community Planning Workshop, session 1");
        assertThat(texts.titleLanguage(both, EN)).isEqualTo("en");
        assertThat(texts.title(japaneseOnly, EN)).isEqualTo("鶴ヶ城周辺清掃");
        assertThat(texts.titleLanguage(japaneseOnly, EN)).isEqualTo("ja");
    }
}
