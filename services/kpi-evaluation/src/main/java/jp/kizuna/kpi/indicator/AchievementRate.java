package jp.kizuna.kpi.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * 達成率: how far the actual reached the target, in percent with one decimal, the direction taken
 * into account. Higher is better: actual / target. Lower is better: target / actual, so that 100 %
 * still means "on target" and more means better.
 */
public final class AchievementRate {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private AchievementRate() {
    }

    /** Null when there is no target or actual, or a division by zero would have no meaning. */
    public static BigDecimal of(BigDecimal target, BigDecimal actual, Direction direction) {
        if (target == null || actual == null) {
            return null;
        }
        BigDecimal numerator = direction == Direction.HIGHER_IS_BETTER ? actual : target;
        BigDecimal denominator = direction == Direction.HIGHER_IS_BETTER ? target : actual;
        if (denominator.signum() == 0) {
            return numerator.signum() == 0 ? HUNDRED.setScale(1) : null;
        }
        return numerator.multiply(HUNDRED).divide(denominator, 1, RoundingMode.HALF_UP);
    }
}
