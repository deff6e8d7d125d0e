package jp.kizuna.registry.organization;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jp.kizuna.platform.text.MultiLineText;
import jp.kizuna.platform.time.HistoricDate;
import jp.kizuna.platform.web.params.SupportedFiscalYear;

/** The bodies of the writes to an existing organization, one record per operation. */
final class OrganizationRequests {

    private OrganizationRequests() {
    }

    /**
     * {@code PUT …/{id}/name}. With {@code renamedOn} the old name is kept as a former name (改名);
     * without it the change corrects how the name is written.
     */
    record Rename(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 200) @Pattern(regexp = OrganizationName.KANA, message = OrganizationName.KANA_MESSAGE)
            String nameKana,
            @Size(max = 200) String nameEn,
            HistoricDate renamedOn) {

        OrganizationName toName() {
            return new OrganizationName(name, nameKana, nameEn);
        }
    }

    /** {@code PUT …/{id}/activities}: the whole list. */
    record Activities(@NotNull @Size(max = 100) List<@Valid @NotNull Activity> activities) {
    }

    /** {@code PUT …/{id}/links}: the whole list. */
    record Links(@NotNull @Size(max = 50) List<@Valid @NotNull PublicLink> links) {
    }

    /** {@code POST …/{id}/stage-changes}. A move back needs a {@code note}. */
    record StageChangeRequest(
            @NotNull DevelopmentStage stage,
            @NotNull HistoricDate effectiveOn,
            @NotNull StageEvidence evidence,
            @MultiLineText @Size(max = 2000) String note) {
    }

    /** {@code POST …/{id}/visions}. */
    record Vision(
            @NotBlank @Size(max = 200) String title,
            @NotNull HistoricDate adoptedOn,
            @SupportedFiscalYear
            @Schema(minimum = SupportedFiscalYear.MINIMUM, maximum = SupportedFiscalYear.MAXIMUM) Integer planFrom,
            @SupportedFiscalYear
            @Schema(minimum = SupportedFiscalYear.MINIMUM, maximum = SupportedFiscalYear.MAXIMUM) Integer planTo,
            @Positive @Max(99) Integer revision,
            @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") @Size(max = 2000) String documentUrl) {

        VisionPlan toPlan() {
            return new VisionPlan(title.strip(), adoptedOn, planFrom, planTo, revision, documentUrl);
        }
    }

    /** {@code POST …/{id}/facility-contracts}. */
    record Contract(
            @NotBlank @Size(max = 200) String facility,
            @NotNull HistoricDate startsOn,
            HistoricDate endsOn,
            @Size(max = 200) String cityDepartment) {

        FacilityContract toContract() {
            return new FacilityContract(facility.strip(), startsOn, endsOn, cityDepartment);
        }
    }

    /** {@code POST …/{id}/dissolution}. */
    record Dissolution(@NotNull HistoricDate dissolvedOn, @NotBlank @MultiLineText @Size(max = 2000) String reason) {
    }
}
