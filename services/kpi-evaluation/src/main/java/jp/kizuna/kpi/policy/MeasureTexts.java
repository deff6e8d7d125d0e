package jp.kizuna.kpi.policy;

import jakarta.validation.constraints.Size;

/** Body of {@code PUT …/measures/{number}/texts}: the parts given are replaced, the others kept. */
public record MeasureTexts(
        @Size(max = 4000) String content,
        @Size(max = 4000) String focus,
        @Size(max = 8000) String progress,
        @Size(max = 8000) String issues,
        @Size(max = 4000) String finalEvaluation,
        @Size(max = 1000) String reason) {
}
