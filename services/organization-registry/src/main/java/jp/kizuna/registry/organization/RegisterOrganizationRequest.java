package jp.kizuna.registry.organization;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jp.kizuna.platform.time.HistoricDate;

/**
 * Body of {@code POST /api/registry/organizations}.
 *
 * @param id         optional stable id (lower-case letters, digits, hyphens), e.g. {@code minato};
 *                   a random one is given otherwise
 * @param districts  the districts served; empty for an organization that serves the whole city
 * @param legalForm  defaults to 任意団体
 * @param foundedOn  {@code YYYY-MM-DD}, {@code YYYY-MM}, {@code YYYY} or {@code FYYYYY}
 */
public record RegisterOrganizationRequest(
        @Pattern(regexp = "[a-z0-9][a-z0-9-]{2,63}", message = "must be 3-64 lower-case letters, digits or hyphens") String id,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 200) @Pattern(regexp = OrganizationName.KANA, message = OrganizationName.KANA_MESSAGE)
        String nameKana,
        @Size(max = 200) String nameEn,
        @NotNull OrganizationKind kind,
        @NotNull @Size(max = 20) List<@NotBlank @Size(max = 50) String> districts,
        HistoricDate foundedOn,
        LegalForm legalForm,
        HistoricDate incorporatedOn,
        @Valid Profile profile,
        @Size(max = 100) List<@Valid Activity> activities,
        @Size(max = 50) List<@Valid PublicLink> links) {

    OrganizationName toName() {
        return new OrganizationName(name, nameKana, nameEn);
    }

    Registration toRegistration() {
        return new Registration(kind, districts, foundedOn, legalForm == null ? LegalForm.VOLUNTARY_ASSOCIATION : legalForm,
                incorporatedOn);
    }
}
