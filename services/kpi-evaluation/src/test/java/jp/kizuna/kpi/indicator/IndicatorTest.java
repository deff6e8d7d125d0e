package jp.kizuna.kpi.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;

import jp.kizuna.platform.time.FiscalYear;
import jp.kizuna.platform.web.ProblemException;
import org.junit.jupiter.api.Test;

class IndicatorTest {

    static final Instant NOW = Instant.parse("2026-11-22T00:00:00Z");
    static final FiscalYear CURRENT = FiscalYear.of(2026);

    static Indicator membershipRate() {
        return new Indicator("membership-rate", 36, 1, "町内会加入率", "％", IndicatorKind.RATE, "全世帯数に占める町内会加入世帯数の割合",
                Direction.HIGHER_IS_BETTER, DerivationSource.MEMBERSHIP_REPORTS, 2022, 2024, new BigDecimal("92.0"), null);
    }

    static Indicator organizations() {
        return new Indicator("active-community-organizations", 36, 2, "地域づくり活動組織数", "団体", IndicatorKind.COUNT,
                "活動を継続している組織数", Direction.HIGHER_IS_BETTER, DerivationSource.REGISTRY_ORGANIZATIONS, 2022, 2024,
                new BigDecimal("15"), null);
    }

    @Test
    void aRateAbove100IsRefused() {
        assertThatThrownBy(() -> membershipRate().recordActual(2023, new BigDecimal("140"), null, "staff", NOW))
                .isInstanceOf(ProblemException.class).hasMessageContaining("from 0 to 100");
    }

    @Test
    void aRateHasOneDecimalAndACountNone() {
        assertThatThrownBy(() -> membershipRate().setTarget(2023, new BigDecimal("91.25"), null, "staff", NOW))
                .hasMessageContaining("one decimal");
        assertThatThrownBy(() -> organizations().setTarget(2023, new BigDecimal("5.5"), null, "staff", NOW))
                .hasMessageContaining("whole number");
        organizations().setTarget(2023, new BigDecimal("8.0"), null, "staff", NOW);
    }

    @Test
    void aTargetOutsideThePlanYearsIsRefused() {
        assertThatThrownBy(() -> membershipRate().setTarget(2030, new BigDecimal("92.0"), null, "staff", NOW))
                .isInstanceOf(ProblemException.class).hasMessageContaining("FY2030 is not one of its years");
    }

    @Test
    void aConfirmedActualIsLockedAndChangesOnlyByCorrection() {
        Indicator indicator = membershipRate();
        indicator.recordActual(2023, new BigDecimal("92.1"), "速報値", "staff", NOW);
        indicator.recordActual(2023, new BigDecimal("92.2"), "確定値", "staff", NOW);
        indicator.confirmActual(2023, "staff", NOW, CURRENT);

        assertThatThrownBy(() -> indicator.recordActual(2023, new BigDecimal("93.0"), null, "staff", NOW))
                .isInstanceOf(ProblemException.class).hasMessageContaining("locked");

        indicator.correctActual(2023, new BigDecimal("92.3"), "集計誤りの訂正", "admin", NOW);
        assertThat(indicator.actual(2023).value()).isEqualByComparingTo("92.3");
        assertThat(indicator.actual(2023).state()).isEqualTo(ActualState.CONFIRMED);
        assertThat(indicator.history()).extracting(IndicatorChange::action).containsExactly("actual recorded",
                "actual recorded", "actual confirmed", "confirmed actual corrected");
        assertThat(indicator.history().getLast().before()).isEqualByComparingTo("92.2");
        assertThat(indicator.history().getLast().reason()).isEqualTo("集計誤りの訂正");
    }

    @Test
    void aRunningYearCannotBeConfirmedAndAProvisionalActualIsNotCorrected() {
        Indicator indicator = organizations();
        indicator.recordActual(2024, new BigDecimal("6"), null, "staff", NOW);

        assertThatThrownBy(() -> indicator.confirmActual(2024, "staff", NOW, FiscalYear.of(2024)))
                .hasMessageContaining("has not ended");
        assertThatThrownBy(() -> indicator.correctActual(2024, new BigDecimal("7"), "x", "admin", NOW))
                .hasMessageContaining("Only a confirmed actual");
    }
}
