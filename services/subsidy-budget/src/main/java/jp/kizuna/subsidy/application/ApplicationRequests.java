package jp.kizuna.subsidy.application;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jp.kizuna.platform.text.MultiLineText;
import jp.kizuna.platform.web.params.SupportedDate;

/** Bodies of the application operations. */
final class ApplicationRequests {

    private ApplicationRequests() {
    }

    /** {@code POST /api/subsidies/applications}: a draft for an organization the caller acts for. */
    record Draft(@NotBlank @Size(max = 100) String programmeId, @NotBlank @Size(max = 64) String organizationId,
                 @NotNull @Valid ApplicationContent content) {
    }

    /** {@code PUT …/{id}}: the new content, and why when the application is already submitted. */
    record Amendment(@NotNull @Valid ApplicationContent content, @MultiLineText @Size(max = 1000) String reason) {
    }

    record Reason(@NotBlank @MultiLineText @Size(max = 1000) String reason) {
    }

    record OptionalReason(@MultiLineText @Size(max = 1000) String reason) {
    }

    record Approval(@NotNull @Positive Long amount, @MultiLineText @Size(max = 2000) String conditions) {
    }

    record Payment(@NotNull @Positive Long amount, @NotNull @SupportedDate LocalDate paidOn) {
    }

    record Report(@NotBlank @MultiLineText @Size(max = 4000) String summary, @NotNull @SupportedDate LocalDate submittedOn) {
    }
}
