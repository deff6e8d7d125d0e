package jp.kizuna.kpi.sheet;

import java.util.List;

import jp.kizuna.kpi.budget.BudgetReadModel;
import jp.kizuna.kpi.indicator.IndicatorService;
import jp.kizuna.kpi.policy.PolicyField;
import jp.kizuna.kpi.policy.PolicyFieldResponse;
import jp.kizuna.kpi.policy.PolicyFieldService;
import jp.kizuna.kpi.participation.ParticipationReadModel;
import jp.kizuna.kpi.subsidy.SubsidyReadModel;
import org.springframework.stereotype.Service;

/** Assembles the evaluation sheet of a policy field from the tree, the KPIs and the projects' costs. */
@Service
public class EvaluationSheetService {

    private final PolicyFieldService fields;
    private final IndicatorService indicators;
    private final BudgetReadModel budgets;
    private final SubsidyReadModel subsidies;
    private final ParticipationReadModel participation;

    EvaluationSheetService(PolicyFieldService fields, IndicatorService indicators, BudgetReadModel budgets,
                           SubsidyReadModel subsidies, ParticipationReadModel participation) {
        this.fields = fields;
        this.indicators = indicators;
        this.budgets = budgets;
        this.subsidies = subsidies;
        this.participation = participation;
    }

    /** @param fiscalYear the sheet's year; the field's own sheet year when null */
    public EvaluationSheet sheet(int policyField, Integer fiscalYear) {
        PolicyField field = fields.get(policyField);
        int year = fiscalYear == null ? field.sheetFiscalYear() : fiscalYear;
        List<Integer> costYears = List.of(year - 1, year);
        return new EvaluationSheet(year, PolicyFieldResponse.of(field),
                indicators.ofField(policyField).stream().map(i -> indicators.describe(i, null)).toList(),
                costYears, budgets.costs(policyField, costYears), subsidies.totals(costYears),
                participation.byProject(costYears));
    }
}
