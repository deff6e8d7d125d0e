package jp.kizuna.kpi.indicator;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Bodies of the indicator writes. */
final class IndicatorRequests {

    private IndicatorRequests() {
    }

    /** {@code PUT …/targets/{fiscalYear}} and {@code PUT …/final-target}. */
    record TargetValue(@NotNull @DecimalMax("1000000000") BigDecimal value, @Size(max = 1000) String reason) {
    }

    /** {@code PUT …/actuals/{fiscalYear}}: a provisional actual. */
    record ActualValue(@NotNull @DecimalMax("1000000000") BigDecimal value, @Size(max = 1000) String comment) {
    }

    /** {@code POST …/actuals/{fiscalYear}/corrections}: a city admin corrects a confirmed actual. */
    record Correction(@NotNull @DecimalMax("1000000000") BigDecimal value, @NotBlank @Size(max = 1000) String reason) {
    }

    /** {@code PUT …/verification}: the 検証 text. */
    record Verification(@NotBlank @Size(max = 2000) String text) {
    }
}
