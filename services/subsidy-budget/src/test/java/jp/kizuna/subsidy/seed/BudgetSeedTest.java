package jp.kizuna.subsidy.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.kizuna.subsidy.budget.Amount;
import jp.kizuna.subsidy.budget.BudgetBasis;
import jp.kizuna.subsidy.budget.BudgetTotals;
import jp.kizuna.subsidy.budget.ProjectBudget;
import org.junit.jupiter.api.Test;

/** The seed holds every project's 財務内容 of the evaluation sheet (seed 000), 令和5年度 budget and 令和6年度 estimate. */
class BudgetSeedTest {

    static final List<ProjectBudget> LINES = BudgetSeedLoader.lines(BudgetSeedLoader.read(), Instant.EPOCH);
    static final Map<String, ProjectBudget> BY_ID = LINES.stream()
            .collect(Collectors.toMap(ProjectBudget::id, Function.identity()));

    static List<ProjectBudget> year(int fiscalYear) {
        return LINES.stream().filter(l -> l.fiscalYear() == fiscalYear).toList();
    }

    @Test
    void everyOfTheTwentyThreeProjectsHasItsBudgetAndItsEstimate() {
        assertThat(year(2023)).hasSize(23).allSatisfy(l -> assertThat(l.figures().basis()).isEqualTo(BudgetBasis.BUDGET));
        assertThat(year(2024)).hasSize(23).allSatisfy(l -> assertThat(l.figures().basis()).isEqualTo(BudgetBasis.ESTIMATE));
    }

    @Test
    void theFiguresAreTheSheets() {
        ProjectBudget communityCentres = BY_ID.get("36-1-4:FY2023");
        assertThat(communityCentres.projectName()).isEqualTo("コミュニティセンター運営事業");
        assertThat(communityCentres.figures().projectCost()).isEqualTo(new Amount(55_997L));
        assertThat(communityCentres.figures().generalRevenue()).isEqualTo(new Amount(44_450L));
        assertThat(communityCentres.figures().personnelCost()).isEqualTo(new Amount(8_424L));
        assertThat(BY_ID.get("36-2-1:FY2024").figures().projectCost()).isEqualTo(new Amount(28_938L));
        assertThat(BY_ID.get("36-1-9:FY2023").figures().generalRevenue()).isEqualTo(new Amount(0L));
    }

    @Test
    void aDashIsNotApplicableNotZero() {
        ProjectBudget newProject = BY_ID.get("36-1-1:FY2023");

        assertThat(newProject.figures().projectCost().applicable()).isFalse();
        assertThat(newProject.figures().projectCost().printed()).isEqualTo("－");
        assertThat(BY_ID.get("36-1-8:FY2023").figures().projectCost()).isEqualTo(new Amount(0L));
    }

    @Test
    void totalsPerMeasureAndPolicyField() {
        BudgetTotals fy2023 = BudgetTotals.of(year(2023));
        BudgetTotals fy2024 = BudgetTotals.of(year(2024));

        assertThat(fy2023.byMeasure().get(1).projectCost()).isEqualTo(new Amount(112_595L));
        assertThat(fy2023.policyField().projectCost()).isEqualTo(new Amount(135_239L));
        assertThat(fy2023.policyField().personnelCost()).isEqualTo(new Amount(53_352L));
        assertThat(fy2024.byMeasure().get(2).generalRevenue()).isEqualTo(new Amount(46_289L));
        assertThat(fy2024.policyField().projectCost()).isEqualTo(new Amount(183_840L));
    }

    @Test
    void aTotalOfOnlyNotApplicableFiguresIsNotApplicable() {
        BudgetTotals onlyTheNewProject = BudgetTotals.of(List.of(BY_ID.get("36-1-1:FY2023")));

        assertThat(onlyTheNewProject.policyField().projectCost()).isEqualTo(Amount.NOT_APPLICABLE);
    }
}
