package jp.kizuna.kpi.policy;

import jakarta.validation.constraints.Size;

/** Body of {@code PUT …/projects/{code}/texts}: the parts given are replaced, the others kept. */
public record ProjectTexts(
        @Size(max = 4000) String purpose,
        @Size(max = 4000) String progress,
        @Size(max = 4000) String issues,
        NextYearDirection nextYearDirection,
        @Size(max = 1000) String reason) {
}
