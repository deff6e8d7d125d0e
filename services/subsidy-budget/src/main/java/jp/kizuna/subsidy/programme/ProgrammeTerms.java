package jp.kizuna.subsidy.programme;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jp.kizuna.platform.text.MultiLineText;
import jp.kizuna.platform.web.params.SupportedDate;
import jp.kizuna.platform.web.params.SupportedFiscalYear;

/**
 * Body of {@code POST /api/subsidies/programmes}: a programme of one fiscal year. Amounts in yen.
 *
 * @param slug           the programme's id across years, e.g. {@code vision-promotion}; the id is {@code <slug>:FY<year>}
 * @param applicationCap how many applications may be approved (forwarded) this year; empty for no cap
 * @param projectCode    the business project that budgets the programme, e.g. {@code 36-2-3}
 */
public record ProgrammeTerms(
        @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{2,63}", message = "must be 3-64 lower-case letters, digits or hyphens") String slug,
        @NotBlank @Size(max = 200) String name,
        @NotNull @SupportedFiscalYear
        @Schema(minimum = SupportedFiscalYear.MINIMUM, maximum = SupportedFiscalYear.MAXIMUM) Integer fiscalYear,
        @Size(max = 1000) String legalBasis,
        @MultiLineText @Size(max = 4000) String notes,
        @Pattern(regexp = "\\d{1,3}-\\d{1,2}-\\d{1,3}", message = "must be a project code such as 36-2-3") String projectCode,
        @NotNull @PositiveOrZero Long envelope,
        @NotNull @SupportedDate LocalDate opensOn,
        @NotNull @SupportedDate LocalDate closesOn,
        @Positive Long maxPerApplication,
        @Positive Integer applicationCap,
        @NotNull @Valid Eligibility eligibility,
        @Size(max = 20) List<@Valid Criterion> criteria,
        Boolean priorityQueue) {
}
