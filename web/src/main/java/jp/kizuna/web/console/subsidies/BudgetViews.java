package jp.kizuna.web.console.subsidies;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Budget lines (財務内容) as the subsidy service shows them, in thousand yen (千円): each figure a number, or
 * {@code "NOT_APPLICABLE"} for the sheet's 「－」, which is not zero.
 */
final class BudgetViews {

    private BudgetViews() {
    }

    static final String NOT_APPLICABLE = "NOT_APPLICABLE";
    static final List<String> BASES = List.of("BUDGET", "ESTIMATE", "SETTLED");

    record Year(int policyField, int fiscalYear, String fiscalYearJapanese, List<Line> lines, Totals totals) {

        Year {
            lines = lines == null ? List.of() : List.copyOf(lines);
        }
    }

    record Line(String projectCode, String projectName, int measure, int fiscalYear, String fiscalYearJapanese,
                String basis, Object projectCost, Object generalRevenue, Object personnelCost, long version) {
    }

    record Totals(Sums policyField, Map<String, Sums> byMeasure) {

        Totals {
            byMeasure = byMeasure == null ? Map.of() : Map.copyOf(byMeasure);
        }

        public Sums measure(int measure) {
            return byMeasure.get(Integer.toString(measure));
        }
    }

    record Sums(Object projectCost, Object generalRevenue, Object personnelCost) {
    }

    record Figures(String basis, Object projectCost, Object generalRevenue, Object personnelCost) {
    }

    record Change(Instant at, String byName, Figures before, Figures after, String reason) {
    }
}
