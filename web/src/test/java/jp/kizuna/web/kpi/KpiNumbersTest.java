package jp.kizuna.web.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class KpiNumbersTest {

    @Test
    void writesARateWithItsOneDecimalHoweverTheServiceSentIt() {
        assertThat(KpiNumbers.withUnit(new BigDecimal("92.0"), "％")).isEqualTo("92.0％");
        assertThat(KpiNumbers.withUnit(new BigDecimal("92"), "％")).isEqualTo("92.0％");
        assertThat(KpiNumbers.withUnit(new BigDecimal("91.20"), "％")).isEqualTo("91.2％");
        assertThat(KpiNumbers.percent(new BigDecimal("99.1"))).isEqualTo("99.1％");
    }

    @Test
    void writesACountAsTheWholeNumberItIs() {
        assertThat(KpiNumbers.withUnit(new BigDecimal("9.0000"), "団体")).isEqualTo("9団体");
        assertThat(KpiNumbers.withUnit(new BigDecimal("10"), "団体")).isEqualTo("10団体");
    }

    @Test
    void neverWritesAnExponent() {
        assertThat(KpiNumbers.withUnit(new BigDecimal("1E+2"), "団体")).isEqualTo("100団体");
        assertThat(KpiNumbers.percent(new BigDecimal("1E+2"))).isEqualTo("100.0％");
        assertThat(KpiNumbers.number(new BigDecimal("1E+2"))).isEqualTo("100");
    }

    @Test
    void writesNoneAsTheSheetDoes() {
        assertThat(KpiNumbers.withUnit(null, "％")).isEqualTo("－");
        assertThat(KpiNumbers.percent(null)).isEqualTo("－");
        assertThat(KpiNumbers.signed(null, "団体")).isEqualTo("－");
        assertThat(KpiNumbers.number(null)).isEqualTo("－");
    }

    @Test
    void writesADifferenceWithItsSignAndUnit() {
        assertThat(KpiNumbers.signed(new BigDecimal("0.4"), "％")).isEqualTo("+0.4％");
        assertThat(KpiNumbers.signed(new BigDecimal("-1"), "団体")).isEqualTo("-1団体");
        assertThat(KpiNumbers.signed(BigDecimal.ZERO, "団体")).isEqualTo("0団体");
    }

    @Test
    void writesAValueWithoutAUnitAsItsDigits() {
        assertThat(KpiNumbers.withUnit(new BigDecimal("3"), null)).isEqualTo("3");
    }
}
