package jp.kizuna.web.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class KpiNumbersTest {

    @Test
    void writesAValueWithTheDigitsTheServiceGaveAndItsUnit() {
        assertThat(KpiNumbers.withUnit(new BigDecimal("92.0"), "％")).isEqualTo("92.0％");
        assertThat(KpiNumbers.withUnit(new BigDecimal("7"), "団体")).isEqualTo("7団体");
    }

    @Test
    void neverWritesAnExponent() {
        assertThat(KpiNumbers.number(new BigDecimal("1E+2"))).isEqualTo("100");
    }

    @Test
    void writesNoneAsTheSheetDoes() {
        assertThat(KpiNumbers.withUnit(null, "％")).isEqualTo("－");
        assertThat(KpiNumbers.percent(null)).isEqualTo("－");
        assertThat(KpiNumbers.signed(null)).isEqualTo("－");
    }

    @Test
    void writesAPercentageWithTheFullWidthSign() {
        assertThat(KpiNumbers.percent(new BigDecimal("99.1"))).isEqualTo("99.1％");
    }

    @Test
    void writesADifferenceWithItsSign() {
        assertThat(KpiNumbers.signed(new BigDecimal("0.4"))).isEqualTo("+0.4");
        assertThat(KpiNumbers.signed(new BigDecimal("-1"))).isEqualTo("-1");
        assertThat(KpiNumbers.signed(BigDecimal.ZERO)).isEqualTo("0");
    }

    @Test
    void writesAValueWithoutAUnitAsItsDigits() {
        assertThat(KpiNumbers.withUnit(new BigDecimal("3"), null)).isEqualTo("3");
    }
}
