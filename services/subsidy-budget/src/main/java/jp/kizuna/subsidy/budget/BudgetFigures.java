package jp.kizuna.subsidy.budget;

import jakarta.validation.constraints.NotNull;

/**
 * A project's figures for a fiscal year (財務内容, 千円): 事業費 (project cost), 所要一般財源 (general
 * revenue required) and 概算人件費 (estimated personnel cost).
 */
public record BudgetFigures(
        @NotNull BudgetBasis basis,
        @NotNull(message = "is required; send \"NOT_APPLICABLE\" for －") Amount projectCost,
        @NotNull(message = "is required; send \"NOT_APPLICABLE\" for －") Amount generalRevenue,
        @NotNull(message = "is required; send \"NOT_APPLICABLE\" for －") Amount personnelCost) {
}
