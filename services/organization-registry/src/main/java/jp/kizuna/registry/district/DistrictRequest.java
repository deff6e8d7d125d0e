package jp.kizuna.registry.district;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/registry/districts}. */
public record DistrictRequest(
        @NotBlank @Size(max = 50) String name,
        @NotBlank @Size(max = 100) @Pattern(regexp = "[\\p{IsHiragana}\\p{IsKatakana}ー・\\s　]+",
                message = "must be written in hiragana or katakana") String nameKana,
        @Size(max = 100) String nameEn,
        @Size(max = 100) String formerMunicipality,
        @Size(max = 20) List<@NotBlank String> comprises) {

    District toDistrict() {
        return new District(name.strip(), nameKana.strip(), nameEn, formerMunicipality, comprises);
    }
}
