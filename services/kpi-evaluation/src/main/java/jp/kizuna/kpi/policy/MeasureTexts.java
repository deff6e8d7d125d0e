package jp.kizuna.kpi.policy;

import jakarta.validation.constraints.Size;
import jp.kizuna.platform.text.MultiLineText;

/** Body of {@code PUT …/measures/{number}/texts}: the parts given are replaced, the others kept. */
public record MeasureTexts(
        @MultiLineText @Size(max = 4000) String content,
        @MultiLineText @Size(max = 4000) String focus,
        @MultiLineText @Size(max = 8000) String progress,
        @MultiLineText @Size(max = 8000) String issues,
        @MultiLineText @Size(max = 4000) String finalEvaluation,
        @MultiLineText @Size(max = 1000) String reason) {
}
