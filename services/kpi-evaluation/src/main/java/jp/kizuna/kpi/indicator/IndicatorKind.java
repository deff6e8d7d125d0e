package jp.kizuna.kpi.indicator;

import java.math.BigDecimal;

/** What an indicator's values are, and which values it accepts. */
public enum IndicatorKind {
    /** A percentage 0–100 with at most one decimal (町内会加入率 91.2). */
    RATE {
        @Override
        String rejects(BigDecimal value) {
            if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
                return "a rate is a percentage from 0 to 100, not " + value.toPlainString();
            }
            return value.stripTrailingZeros().scale() > 1 ? "a rate has at most one decimal" : null;
        }
    },
    /** A whole number of things (地域づくり活動組織数 5). */
    COUNT {
        @Override
        String rejects(BigDecimal value) {
            if (value.signum() < 0) {
                return "a count cannot be negative";
            }
            return value.stripTrailingZeros().scale() > 0 ? "a count is a whole number" : null;
        }
    };

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Why the value is not one of this kind, or null when it is. */
    abstract String rejects(BigDecimal value);
}
