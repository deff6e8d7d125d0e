package jp.kizuna.subsidy.budget;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Totals of a fiscal year's budget lines per measure and for the policy field, in thousand yen.
 * Not-applicable figures (－) add nothing; a total of only not-applicable figures is not applicable.
 */
public record BudgetTotals(Sums policyField, Map<Integer, Sums> byMeasure) {

    /** The three sums. */
    public record Sums(Amount projectCost, Amount generalRevenue, Amount personnelCost) {
    }

    public static BudgetTotals of(List<ProjectBudget> lines) {
        Map<Integer, Sums> byMeasure = lines.stream().collect(Collectors.groupingBy(ProjectBudget::measure, TreeMap::new,
                Collectors.collectingAndThen(Collectors.toList(), BudgetTotals::sum)));
        return new BudgetTotals(sum(lines), byMeasure);
    }

    private static Sums sum(List<ProjectBudget> lines) {
        return new Sums(total(lines, BudgetFigures::projectCost), total(lines, BudgetFigures::generalRevenue),
                total(lines, BudgetFigures::personnelCost));
    }

    private static Amount total(List<ProjectBudget> lines, Function<BudgetFigures, Amount> figure) {
        List<Amount> applicable = lines.stream().map(l -> figure.apply(l.figures())).filter(Amount::applicable).toList();
        return applicable.isEmpty() ? Amount.NOT_APPLICABLE
                : new Amount(applicable.stream().mapToLong(Amount::thousandYen).sum());
    }
}
