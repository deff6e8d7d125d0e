package jp.kizuna.registry.membership;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jp.kizuna.platform.text.MultiLineText;
import jp.kizuna.platform.web.params.SupportedFiscalYear;

/** Bodies of the membership-report writes. */
final class MembershipRequests {

    private MembershipRequests() {
    }

    /** {@code POST …/organizations/{id}/membership-reports}. */
    record Report(
            @NotNull @SupportedFiscalYear
            @Schema(minimum = SupportedFiscalYear.MINIMUM, maximum = SupportedFiscalYear.MAXIMUM) Integer fiscalYear,
            @NotNull @PositiveOrZero @Max(1_000_000) Integer memberHouseholds,
            @NotNull @PositiveOrZero @Max(1_000_000) Integer totalHouseholds) {

        MembershipFigures figures() {
            return new MembershipFigures(memberHouseholds, totalHouseholds);
        }
    }

    /** {@code PUT …/organizations/{id}/membership-reports/{fiscalYear}}: a correction says why. */
    record Correction(
            @NotNull @PositiveOrZero @Max(1_000_000) Integer memberHouseholds,
            @NotNull @PositiveOrZero @Max(1_000_000) Integer totalHouseholds,
            @NotBlank @MultiLineText @Size(max = 1000) String reason) {

        MembershipFigures figures() {
            return new MembershipFigures(memberHouseholds, totalHouseholds);
        }
    }
}
