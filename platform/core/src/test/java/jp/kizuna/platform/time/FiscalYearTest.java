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
    void fiscalYear2019IsNamedInHeiseiBecauseItStartedBeforeMayFirst() {
        // 2019-04-01 is still 平成31年; 令和 began on 2019-05-01. The city names FY2019 平成31年度 / 令和元年度;
        // the label follows the era of the fiscal year's first day.
        assertThat(FiscalYear.of(2019).japaneseLabel()).isEqualTo("平成31年度");
        assertThat(FiscalYear.of(2020).japaneseLabel()).isEqualTo("令和2年度");
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
}
