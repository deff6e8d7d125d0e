package jp.kizuna.registry.membership;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * 町内会加入率: member households as a share of all households, in percent with one decimal as
 * the city prints it (91.2). Empty when no households are reported.
 */
public record MembershipRate(long memberHouseholds, long totalHouseholds, BigDecimal ratePercent, int reports) {

    public static MembershipRate of(long memberHouseholds, long totalHouseholds, int reports) {
        BigDecimal rate = totalHouseholds == 0 ? null
                : BigDecimal.valueOf(memberHouseholds).multiply(BigDecimal.valueOf(100))
                        .divide(BigDecimal.valueOf(totalHouseholds), 1, RoundingMode.HALF_UP);
        return new MembershipRate(memberHouseholds, totalHouseholds, rate, reports);
    }
}
