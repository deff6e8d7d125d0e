package jp.kizuna.subsidy.budget;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jp.kizuna.platform.text.MultiLineText;

/**
 * Body of {@code PUT /api/subsidies/budgets/{code}/{fiscalYear}}. The project's name is needed
 * when its first line is recorded.
 */
record BudgetEntry(@Size(max = 200) String projectName, @NotNull @Valid BudgetFigures figures,
                   @MultiLineText @Size(max = 1000) String reason) {
}
