package jp.kizuna.subsidy.budget;

import java.util.List;

import jp.kizuna.platform.time.FiscalYear;

/** How the API shows budget lines and a year's budget. */
final class BudgetResponses {

    private BudgetResponses() {
    }

    record Line(String id, String projectCode, String projectName, int policyField, int measure, int fiscalYear,
                String fiscalYearJapanese, BudgetBasis basis, String basisJapanese, Amount projectCost,
                Amount generalRevenue, Amount personnelCost, long version) {

        static Line of(ProjectBudget b) {
            BudgetFigures f = b.figures();
            return new Line(b.id(), b.projectCode(), b.projectName(), b.policyField(), b.measure(), b.fiscalYear(),
                    FiscalYear.of(b.fiscalYear()).japaneseLabel(), f.basis(),
                    f.basis().japaneseName(), f.projectCost(), f.generalRevenue(), f.personnelCost(),
                    b.version() == null ? 0 : b.version());
        }
    }

    /** A fiscal year's lines of a policy field with their totals; amounts in thousand yen (千円). */
    record Year(int policyField, int fiscalYear, String fiscalYearJapanese, String unit, List<Line> lines,
                BudgetTotals totals) {
    }
}
