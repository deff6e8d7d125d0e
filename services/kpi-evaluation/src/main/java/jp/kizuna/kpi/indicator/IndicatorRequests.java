package jp.kizuna.kpi.indicator;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jp.kizuna.platform.text.MultiLineText;

/**
 * Bodies of the indicator writes. A value is at most ±1,000,000,000 with four decimals: a value
 * such as {@code 1e-999999999} would be a number of a billion digits in the sheet and the open data.
 */
final class IndicatorRequests {

    private IndicatorRequests() {
    }

    /** {@code PUT …/targets/{fiscalYear}} and {@code PUT …/final-target}. */
    record TargetValue(@NotNull @DecimalMin("-1000000000") @DecimalMax("1000000000") @Digits(integer = 10, fraction = 4) BigDecimal value, @MultiLineText @Size(max = 1000) String reason) {
    }

    /** {@code PUT …/actuals/{fiscalYear}}: a provisional actual. */
    record ActualValue(@NotNull @DecimalMin("-1000000000") @DecimalMax("1000000000") @Digits(integer = 10, fraction = 4) BigDecimal value, @MultiLineText @Size(max = 1000) String comment) {
    }

    /** {@code POST …/actuals/{fiscalYear}/corrections}: a city admin corrects a confirmed actual. */
    record Correction(@NotNull @DecimalMin("-1000000000") @DecimalMax("1000000000") @Digits(integer = 10, fraction = 4) BigDecimal value, @NotBlank @MultiLineText @Size(max = 1000) String reason) {
    }

    /** {@code PUT …/verification}: the 検証 text. */
    record Verification(@NotBlank @MultiLineText @Size(max = 2000) String text) {
    }
}
