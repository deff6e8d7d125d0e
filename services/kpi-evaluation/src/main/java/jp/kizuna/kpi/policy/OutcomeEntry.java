package jp.kizuna.kpi.policy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jp.kizuna.platform.text.MultiLineText;

/**
 * Body of {@code PUT /api/kpi/projects/{code}/outcomes/{fiscalYear}}: the value as it is printed,
 * a number, optionally approximate (約150), or － for not applicable.
 */
public record OutcomeEntry(
        @NotBlank @Pattern(regexp = "\\s*(約?[0-9０-９][0-9０-９,]*(\\.[0-9]+)?|－)\\s*",
                message = "must be a number such as 5, 1,200 or 約150, or －") String text,
        @MultiLineText @Size(max = 1000) String reason) {
}
