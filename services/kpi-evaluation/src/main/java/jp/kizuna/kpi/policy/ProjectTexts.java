package jp.kizuna.kpi.policy;

import jakarta.validation.constraints.Size;
import jp.kizuna.platform.text.MultiLineText;

/** Body of {@code PUT …/projects/{code}/texts}: the parts given are replaced, the others kept. */
public record ProjectTexts(
        @MultiLineText @Size(max = 4000) String purpose,
        @MultiLineText @Size(max = 4000) String progress,
        @MultiLineText @Size(max = 4000) String issues,
        NextYearDirection nextYearDirection,
        @MultiLineText @Size(max = 1000) String reason) {
}
