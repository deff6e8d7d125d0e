package jp.kizuna.web.console.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class KpiFormTest {

    @Test
    void readsAValueTypedWithFullWidthDigitsOrThousandsSeparators() {
        assertThat(new KpiForm("", "９１．２", "").number()).contains(new BigDecimal("91.2"));
        assertThat(new KpiForm("", " 1,200 ", "").number()).contains(new BigDecimal("1200"));
        assertThat(new KpiForm("", "-3", "").number()).contains(new BigDecimal("-3"));
    }

    @Test
    void takesNoWordsExponentsOrMoreDecimalsThanTheApiKeeps() {
        assertThat(new KpiForm("", "七", "").number()).isEmpty();
        assertThat(new KpiForm("", "1e3", "").number()).isEmpty();
        assertThat(new KpiForm("", "1.23456", "").number()).isEmpty();
        assertThat(new KpiForm("", "", "").number()).isEmpty();
    }

    @Test
    void namesAFiscalYearByItsStartYearWithinTheSupportedYears() {
        assertThat(new KpiForm("２０２３", "", "").year()).contains(2023);
        assertThat(new KpiForm("1988", "", "").year()).isEmpty();
        assertThat(new KpiForm("2101", "", "").year()).isEmpty();
        assertThat(new KpiForm("R5", "", "").year()).isEmpty();
    }

    @Test
    void takesAnOutcomeAsItIsPrinted() {
        assertThat(new KpiForm("", "", "約150").isOutcome()).isTrue();
        assertThat(new KpiForm("", "", "1,200").isOutcome()).isTrue();
        assertThat(new KpiForm("", "", "－").isOutcome()).isTrue();
        assertThat(new KpiForm("", "", "たくさん").isOutcome()).isFalse();
        assertThat(new KpiForm("", "", "-").isOutcome()).as("a hyphen is not the sheet's dash").isFalse();
    }
}
