package jp.kizuna.registry.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jp.kizuna.platform.text.MultiLineText;
import jp.kizuna.platform.time.HistoricDate;

/** A dated fact of an organization's history that has no structured home of its own. */
public record Milestone(@NotNull HistoricDate on, @NotBlank @MultiLineText @Size(max = 1000) String description) {
}
