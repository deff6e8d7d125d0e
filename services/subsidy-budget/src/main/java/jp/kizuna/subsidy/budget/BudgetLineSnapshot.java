package jp.kizuna.subsidy.budget;

/**
 * A budget line as its events carry it. Amounts are thousand yen; null means not applicable (－).
 */
public record BudgetLineSnapshot(String id, String projectCode, String projectName, int policyField, int measure,
                                 int fiscalYear, BudgetBasis basis, Long projectCost, Long generalRevenue,
                                 Long personnelCost) {
}
