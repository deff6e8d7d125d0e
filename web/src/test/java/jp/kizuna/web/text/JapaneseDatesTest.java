package jp.kizuna.web.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Locale;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class JapaneseDatesTest {

    private static final Locale JA = Locale.JAPANESE;
    private static final Locale EN = Locale.ENGLISH;

    @Nested
    class InJapanese {

        @Test
        void writesADayWithItsEraAndWeekday() {
            assertThat(JapaneseDates.date(LocalDate.of(2024, 6, 21), JA)).isEqualTo("令和6年6月21日(金)");
        }

        @Test
        void writesAnEveningWorkshopAsTheCityDoes() {
            assertThat(JapaneseDates.dateAndTimes(LocalDate.of(2024, 6, 21), LocalTime.of(18, 30), LocalTime.of(20, 0), JA))
                    .isEqualTo("令和6年6月21日(金) 18:30〜20:00");
        }

        @Test
        void writesMorningHoursWithoutALeadingZero() {
            assertThat(JapaneseDates.dateAndTimes(LocalDate.of(2024, 11, 3), LocalTime.of(9, 0), LocalTime.of(12, 0), JA))
                    .isEqualTo("令和6年11月3日(日) 9:00〜12:00");
        }

        @Test
        void leavesTheRangeOpenWhenOnlyTheStartIsKnown() {
            assertThat(JapaneseDates.dateAndTimes(LocalDate.of(2024, 6, 21), LocalTime.of(18, 30), null, JA))
                    .isEqualTo("令和6年6月21日(金) 18:30〜");
        }

        @Test
        void writesTheDayAloneForAnAllDayEvent() {
            assertThat(JapaneseDates.dateAndTimes(LocalDate.of(2024, 6, 21), null, null, JA)).isEqualTo("令和6年6月21日(金)");
        }

        @Test
        void changesFromHeiseiToReiwaOnTheFirstOfMay2019() {
            assertThat(JapaneseDates.date(LocalDate.of(2019, 4, 30), JA)).isEqualTo("平成31年4月30日(火)");
            assertThat(JapaneseDates.date(LocalDate.of(2019, 5, 1), JA)).isEqualTo("令和元年5月1日(水)");
        }

        @Test
        void writesTheFirstYearOfAnEraAsGannen() {
            assertThat(JapaneseDates.date(LocalDate.of(2019, 12, 31), JA)).isEqualTo("令和元年12月31日(火)");
            assertThat(JapaneseDates.date(LocalDate.of(2020, 1, 1), JA)).isEqualTo("令和2年1月1日(水)");
        }

        @Test
        void changesFromShowaToHeiseiOnTheEighthOfJanuary1989() {
            assertThat(JapaneseDates.date(LocalDate.of(1989, 1, 7), JA)).isEqualTo("昭和64年1月7日(土)");
            assertThat(JapaneseDates.date(LocalDate.of(1989, 1, 8), JA)).isEqualTo("平成元年1月8日(日)");
        }

        @Test
        void writesAMonthWithItsEra() {
            assertThat(JapaneseDates.month(YearMonth.of(2024, 10), JA)).isEqualTo("令和6年10月");
            assertThat(JapaneseDates.month(YearMonth.of(2019, 4), JA)).isEqualTo("平成31年4月");
            assertThat(JapaneseDates.month(YearMonth.of(2019, 5), JA)).isEqualTo("令和元年5月");
        }

        @Test
        void namesAMonthInWhichTheEraChangedByTheEraAtItsEnd() {
            // as the platform's JapaneseEras and the city's documents do
            assertThat(JapaneseDates.month(YearMonth.of(1989, 1), JA)).isEqualTo("平成元年1月");
        }

        @Test
        void writesAFiscalYearByItsFirstYear() {
            assertThat(JapaneseDates.fiscalYear(2023, JA)).isEqualTo("令和5年度");
            assertThat(JapaneseDates.fiscalYear(2018, JA)).isEqualTo("平成30年度");
        }

        @Test
        void callsTheFiscalYearInWhichReiwaBeganReiwaGannendo() {
            // April 2019 was still Heisei, but the city (and the API) name that fiscal year 令和元年度
            assertThat(JapaneseDates.fiscalYear(2019, JA)).isEqualTo("令和元年度");
        }
    }

    @Nested
    class InEnglish {

        @Test
        void writesADayWithItsWeekdayAndWesternYear() {
            assertThat(JapaneseDates.date(LocalDate.of(2024, 6, 21), EN)).isEqualTo("Fri 21 June 2024");
        }

        @Test
        void writesAnEveningWorkshopWithAnEnDash() {
            assertThat(JapaneseDates.dateAndTimes(LocalDate.of(2024, 6, 21), LocalTime.of(18, 30), LocalTime.of(20, 0), EN))
                    .isEqualTo("Fri 21 June 2024, 18:30–20:00");
        }

        @Test
        void writesTheStartAloneWhenTheEndIsNotKnown() {
            assertThat(JapaneseDates.dateAndTimes(LocalDate.of(2024, 6, 21), LocalTime.of(18, 30), null, EN))
                    .isEqualTo("Fri 21 June 2024, 18:30");
        }

        @Test
        void writesTheDayOfTheEraChangeWithoutAnEra() {
            assertThat(JapaneseDates.date(LocalDate.of(2019, 5, 1), EN)).isEqualTo("Wed 1 May 2019");
        }

        @Test
        void writesAMonthAndAFiscalYear() {
            assertThat(JapaneseDates.month(YearMonth.of(2024, 10), EN)).isEqualTo("October 2024");
            assertThat(JapaneseDates.fiscalYear(2019, EN)).isEqualTo("FY2019");
        }
    }

    @Test
    void treatsEveryLanguageButEnglishAsJapanese() {
        assertThat(JapaneseDates.japanese(Locale.JAPAN)).isTrue();
        assertThat(JapaneseDates.japanese(Locale.UK)).isFalse();
        assertThat(JapaneseDates.japanese(Locale.FRENCH)).isTrue();
    }

    @Test
    void placesADayInTheFiscalYearThatBeganTheAprilBefore() {
        assertThat(JapaneseDates.fiscalYearOf(LocalDate.of(2024, 3, 31))).isEqualTo(2023);
        assertThat(JapaneseDates.fiscalYearOf(LocalDate.of(2024, 4, 1))).isEqualTo(2024);
    }
}
