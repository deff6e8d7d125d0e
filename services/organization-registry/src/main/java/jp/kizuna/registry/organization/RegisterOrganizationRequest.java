package jp.kizuna.registry.organization;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/registry/organizations}.
 *
 * @param nameKana the reading in hiragana or katakana (spaces allowed)
 */
public record RegisterOrganizationRequest(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 200)
        @Pattern(regexp = "[\\p{IsHiragana}\\p{IsKatakana}ー・\\s　]+", message = "must be written in hiragana or katakana")
        String nameKana,
        @Size(max = 200) String nameEn,
        @NotNull OrganizationKind kind,
        @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 50) String> districts,
        @PastOrPresent LocalDate foundedOn) {

    OrganizationProfile toProfile() {
        return new OrganizationProfile(name.strip(), nameKana.strip(), nameEn == null ? null : nameEn.strip(),
                kind, districts.stream().map(String::strip).toList(), foundedOn);
    }
}
