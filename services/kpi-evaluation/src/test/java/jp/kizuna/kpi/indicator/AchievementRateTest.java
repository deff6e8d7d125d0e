package jp.kizuna.kpi.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class AchievementRateTest {

    static BigDecimal rate(String target, String actual, Direction direction) {
        return AchievementRate.of(new BigDecimal(target), new BigDecimal(actual), direction);
    }

    @Test
    void higherIsBetterDividesTheActualByTheTarget() {
        // 町内会加入率 令和4年度: target 92.0, actual 91.2
        assertThat(rate("92.0", "91.2", Direction.HIGHER_IS_BETTER)).isEqualByComparingTo("99.1");
        assertThat(rate("92.0", "92.2", Direction.HIGHER_IS_BETTER)).isEqualByComparingTo("100.2");
        // 地域づくり活動組織数 令和4年度: target 6, actual 5
        assertThat(rate("6", "5", Direction.HIGHER_IS_BETTER)).isEqualByComparingTo("83.3");
    }

    @Test
    void lowerIsBetterDividesTheTargetByTheActual() {
        assertThat(rate("10", "8", Direction.LOWER_IS_BETTER)).isEqualByComparingTo("125.0");
        assertThat(rate("10", "20", Direction.LOWER_IS_BETTER)).isEqualByComparingTo("50.0");
    }

    @Test
    void withoutATargetOrAnActualThereIsNoRate() {
        assertThat(AchievementRate.of(null, BigDecimal.ONE, Direction.HIGHER_IS_BETTER)).isNull();
        assertThat(AchievementRate.of(BigDecimal.ONE, null, Direction.HIGHER_IS_BETTER)).isNull();
    }

    @Test
    void aZeroDenominatorHasNoRateUnlessBothAreZero() {
        assertThat(rate("0", "3", Direction.HIGHER_IS_BETTER)).isNull();
        assertThat(rate("3", "0", Direction.LOWER_IS_BETTER)).isNull();
        assertThat(rate("0", "0", Direction.LOWER_IS_BETTER)).isEqualByComparingTo("100.0");
    }
}
