package jp.kizuna.kpi.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;

import jp.kizuna.platform.security.Actor;
import jp.kizuna.platform.time.FiscalYear;
import jp.kizuna.platform.web.ProblemException;
import org.junit.jupiter.api.Test;

class IndicatorTest {

    static final Instant NOW = Instant.parse("2026-11-22T00:00:00Z");
    static final FiscalYear CURRENT = FiscalYear.of(2026);
    static final Actor STAFF = new Actor("staff-7d41a9b3", "鈴木 誠（地域づくり課）");
    static final Actor ADMIN = new Actor("admin-41a9b37d", "佐藤 直子（情報政策課）");

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
        assertThatThrownBy(() -> membershipRate().recordActual(2023, new BigDecimal("140"), null, STAFF, NOW))
                .isInstanceOf(ProblemException.class).hasMessageContaining("from 0 to 100");
    }

    @Test
    void aRateHasOneDecimalAndACountNone() {
        assertThatThrownBy(() -> membershipRate().setTarget(2023, new BigDecimal("91.25"), null, STAFF, NOW))
                .hasMessageContaining("one decimal");
        assertThatThrownBy(() -> organizations().setTarget(2023, new BigDecimal("5.5"), null, STAFF, NOW))
                .hasMessageContaining("whole number");
        organizations().setTarget(2023, new BigDecimal("8.0"), null, STAFF, NOW);
    }

    @Test
    void aTargetOutsideThePlanYearsIsRefused() {
        assertThatThrownBy(() -> membershipRate().setTarget(2030, new BigDecimal("92.0"), null, STAFF, NOW))
                .isInstanceOf(ProblemException.class).hasMessageContaining("FY2030 is not one of its years");
    }

    @Test
    void anActualIsKeptForEveryYearAfterThePlanUpToTheRunningOneButNotBeyond() {
        Indicator indicator = organizations();

        indicator.recordActual(2025, new BigDecimal("7"), "令和7年度の実績", STAFF, NOW);
        indicator.confirmActual(2025, STAFF, NOW, CURRENT);

        assertThat(indicator.actual(2025).state()).isEqualTo(ActualState.CONFIRMED);
        assertThatThrownBy(() -> indicator.recordActual(2027, new BigDecimal("9"), null, STAFF, NOW))
                .isInstanceOf(ProblemException.class).hasMessageContaining("FY2027 is not one of those years");
        assertThatThrownBy(() -> indicator.recordActual(2021, new BigDecimal("4"), null, STAFF, NOW))
                .isInstanceOf(ProblemException.class).hasMessageContaining("FY2022–FY2026");
    }

    @Test
    void aConfirmedActualIsLockedAndChangesOnlyByCorrection() {
        Indicator indicator = membershipRate();
        indicator.recordActual(2023, new BigDecimal("92.1"), "速報値", STAFF, NOW);
        indicator.recordActual(2023, new BigDecimal("92.2"), "確定値", STAFF, NOW);
        indicator.confirmActual(2023, STAFF, NOW, CURRENT);

        assertThatThrownBy(() -> indicator.recordActual(2023, new BigDecimal("93.0"), null, STAFF, NOW))
                .isInstanceOf(ProblemException.class).hasMessageContaining("locked");

        indicator.correctActual(2023, new BigDecimal("92.3"), "集計誤りの訂正", ADMIN, NOW);
        assertThat(indicator.actual(2023).value()).isEqualByComparingTo("92.3");
        assertThat(indicator.actual(2023).state()).isEqualTo(ActualState.CONFIRMED);
        assertThat(indicator.history()).extracting(IndicatorChange::action).containsExactly("actual recorded",
                "actual recorded", "actual confirmed", "confirmed actual corrected");
        assertThat(indicator.history().getLast().before()).isEqualByComparingTo("92.2");
        assertThat(indicator.history().getLast().reason()).isEqualTo("集計誤りの訂正");
    }

    @Test
    void theActualKeepsWhoEnteredAndWhoConfirmedItByNameBesideTheirSubjects() {
        Indicator indicator = membershipRate();
        indicator.recordActual(2023, new BigDecimal("92.1"), null, Actor.of("kizuna-city-staff"), NOW);
        indicator.confirmActual(2023, STAFF, NOW.plusSeconds(60), CURRENT);

        Actual actual = indicator.actual(2023);
        assertThat(actual.by()).isEqualTo("kizuna-city-staff");
        assertThat(actual.byName()).isEqualTo("kizuna-city-staff");
        assertThat(actual.confirmedBy()).isEqualTo("staff-7d41a9b3");
        assertThat(actual.confirmedByName()).isEqualTo("鈴木 誠（地域づくり課）");
        assertThat(indicator.history().getLast().byName()).isEqualTo("鈴木 誠（地域づくり課）");
    }

    @Test
    void anActualStoredBeforeDisplayNamesShowsItsSubjects() {
        Actual stored = new Actual(new BigDecimal("92.1"), ActualState.CONFIRMED, null, "kizuna-city-staff", null, NOW,
                "kizuna-city-admin", null, NOW);

        assertThat(stored.byName()).isEqualTo("kizuna-city-staff");
        assertThat(stored.confirmedByName()).isEqualTo("kizuna-city-admin");
    }

    @Test
    void aRunningYearCannotBeConfirmedAndAProvisionalActualIsNotCorrected() {
        Indicator indicator = organizations();
        indicator.recordActual(2024, new BigDecimal("6"), null, STAFF, NOW);

        assertThatThrownBy(() -> indicator.confirmActual(2024, STAFF, NOW, FiscalYear.of(2024)))
                .hasMessageContaining("has not ended");
        assertThatThrownBy(() -> indicator.correctActual(2024, new BigDecimal("7"), "x", ADMIN, NOW))
                .hasMessageContaining("Only a confirmed actual");
    }
}
