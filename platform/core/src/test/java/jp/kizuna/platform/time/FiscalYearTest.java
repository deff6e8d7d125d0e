package jp.kizuna.platform.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class FiscalYearTest {

    @Test
    void marchBelongsToTheFiscalYearThatStartedTheAprilBefore() {
        assertThat(FiscalYear.containing(LocalDate.of(2025, 3, 31))).isEqualTo(FiscalYear.of(2024));
        assertThat(FiscalYear.containing(LocalDate.of(2025, 4, 1))).isEqualTo(FiscalYear.of(2025));
    }

    @Test
    void reiwaSixIsFiscalYear2024() {
        assertThat(FiscalYear.of(2024).japaneseLabel()).isEqualTo("令和6年度");
        assertThat(FiscalYear.of(2022).japaneseLabel()).isEqualTo("令和4年度");
        assertThat(FiscalYear.of(2024).label()).isEqualTo("FY2024");
    }

    @Test
    void fiscalYear2019IsWrittenReiwaGannenAsTheCitysDocumentsDo() {
        // 2019-04-01 was still 平成31年; 令和 began on 2019-05-01. The seed writes FY2019 as 令和元年度.
        assertThat(FiscalYear.of(2019).japaneseLabel()).isEqualTo("令和元年度");
        assertThat(FiscalYear.of(2020).japaneseLabel()).isEqualTo("令和2年度");
    }

    @Test
    void aFiscalYearThatStartedBeforeAnEraChangeInTheFollowingJanuaryKeepsTheOldEra() {
        // 平成 began on 1989-01-08, inside FY1988, which is still 昭和63年度; FY1989 is 平成元年度.
        assertThat(FiscalYear.of(1988).japaneseLabel()).isEqualTo("昭和63年度");
        assertThat(FiscalYear.of(1989).japaneseLabel()).isEqualTo("平成元年度");
    }

    @Test
    void theDaysAroundTheEraChangeBelongToOneFiscalYear() {
        assertThat(FiscalYear.containing(java.time.LocalDate.of(2019, 4, 30))).isEqualTo(FiscalYear.of(2019));
        assertThat(FiscalYear.containing(java.time.LocalDate.of(2019, 5, 1))).isEqualTo(FiscalYear.of(2019));
        assertThat(FiscalYear.containing(java.time.LocalDate.of(2025, 3, 31))).isEqualTo(FiscalYear.of(2024));
        assertThat(FiscalYear.containing(java.time.LocalDate.of(2025, 4, 1))).isEqualTo(FiscalYear.of(2025));
    }

    @Test
    void knowsItsFirstAndLastDay() {
        FiscalYear fy = FiscalYear.of(2023);
        assertThat(fy.firstDay()).isEqualTo(LocalDate.of(2023, 4, 1));
        assertThat(fy.lastDay()).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(fy.contains(LocalDate.of(2024, 3, 31))).isTrue();
        assertThat(fy.contains(LocalDate.of(2024, 4, 1))).isFalse();
    }

    @Test
    void rejectsYearsOutsideTheGregorianJapaneseCalendar() {
        assertThatIllegalArgumentException().isThrownBy(() -> FiscalYear.of(1800));
    }

    @Test
    void thePlatformKeepsRecordsForTheFiscalYearsFrom1989To2100() {
        assertThat(FiscalYear.supported(1989)).isTrue();
        assertThat(FiscalYear.supported(2100)).isTrue();
        assertThat(FiscalYear.supported(1988)).isFalse();
        assertThat(FiscalYear.supported(2101)).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> FiscalYear.supportedOf(99999))
                .withMessage("fiscal year 99999 is outside the supported range 1989 to 2100");
    }

    @Test
    void theSupportedDaysAreThoseOfTheSupportedFiscalYears() {
        assertThat(SupportedDates.FIRST_DAY).isEqualTo(LocalDate.parse(SupportedDates.FIRST));
        assertThat(SupportedDates.LAST_DAY).isEqualTo(LocalDate.parse(SupportedDates.LAST));
        assertThat(SupportedDates.contains(LocalDate.of(1989, 3, 31))).isFalse();
        assertThat(SupportedDates.contains(LocalDate.of(2101, 4, 1))).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> SupportedDates.require(LocalDate.of(10000, 1, 1), "date"))
                .withMessage("date +10000-01-01 is outside the supported days 1989-04-01 to 2101-03-31");
        assertThat(SupportedDates.require((LocalDate) null, "date")).isNull();
    }
}
