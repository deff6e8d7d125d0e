package jp.kizuna.web.console.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import jp.kizuna.web.console.kpi.KpiViews.Actual;
import jp.kizuna.web.console.kpi.KpiViews.Derived;
import jp.kizuna.web.console.kpi.KpiViews.FiscalYear;
import jp.kizuna.web.console.kpi.KpiViews.Indicator;
import jp.kizuna.web.console.kpi.KpiViews.Year;
import jp.kizuna.web.kpi.KpiNumbers;
import org.junit.jupiter.api.Test;

class KpiRowTest {

    static final int FY2024 = 2024;

    @Test
    void showsTheDifferenceWithItsSignAndTheValuesWithTheUnitNeverAsAnExponent() {
        KpiRow row = KpiRow.of(rate(), year(2022, "92.0", actual("91.2", "CONFIRMED"), derived("90.8"), "0.4"), FY2024, Locale.JAPANESE);

        assertThat(List.of(row.label(), row.target(), row.official(), row.derived(), row.difference()))
                .containsExactly("令和4年度", "92.0％", "91.2％", "90.8％", "+0.4％");
        assertThat(KpiViews.number(new BigDecimal("1E+1"))).isEqualTo("10");
        assertThat(KpiNumbers.signed(new BigDecimal("-1"), null)).isEqualTo("-1");
        assertThat(KpiNumbers.signed(BigDecimal.ZERO, null)).isEqualTo("0");
    }

    @Test
    void offersToConfirmOnlyAProvisionalActualOfAYearThatHasEnded() {
        assertThat(KpiRow.of(rate(), year(2023, "92.0", actual("92.2", "PROVISIONAL"), null, null), FY2024, Locale.JAPANESE)
                .confirmable()).isTrue();
        assertThat(KpiRow.of(rate(), year(2024, "92.0", actual("92.2", "PROVISIONAL"), null, null), FY2024, Locale.JAPANESE)
                .confirmable()).as("the running year").isFalse();
        assertThat(KpiRow.of(rate(), year(2023, "92.0", actual("92.2", "CONFIRMED"), null, null), FY2024, Locale.JAPANESE)
                .confirmable()).as("confirmed already").isFalse();
    }

    @Test
    void anEndedYearAwaitsConfirmationUntilItsActualIsConfirmed() {
        assertThat(KpiRow.of(rate(), year(2023, "92.0", null, null, null), FY2024, Locale.JAPANESE).awaitsConfirmation(FY2024)).isTrue();
        assertThat(KpiRow.of(rate(), year(2023, "92.0", actual("92.2", "CONFIRMED"), null, null), FY2024, Locale.JAPANESE)
                .awaitsConfirmation(FY2024)).isFalse();
        assertThat(KpiRow.of(rate(), year(2024, "92.0", null, null, null), FY2024, Locale.JAPANESE).awaitsConfirmation(FY2024))
                .as("the running year").isFalse();
    }

    @Test
    void namesTheYearInEnglishOnAnEnglishPage() {
        assertThat(KpiRow.of(rate(), year(2022, null, null, null, null), FY2024, Locale.ENGLISH).label()).isEqualTo("FY2022");
    }

    static Indicator rate() {
        return new Indicator("membership-rate", 36, 1, "町内会加入率", "％", "RATE", null, "HIGHER_IS_BETTER", "MEMBERSHIP_REPORTS",
                new BigDecimal("92.0"), null, List.of(), 1);
    }

    static Year year(int year, String target, Actual actual, Derived derived, String difference) {
        return new Year(new FiscalYear(year, "FY" + year, "令和" + (year - 2018) + "年度"), target == null ? null : new BigDecimal(target),
                actual, derived, difference == null ? null : new BigDecimal(difference), null, null);
    }

    static Actual actual(String value, String state) {
        return new Actual(new BigDecimal(value), state, null, "seed", null, null, null);
    }

    static Derived derived(String value) {
        return new Derived(new BigDecimal(value), "FINAL", null, null);
    }
}
