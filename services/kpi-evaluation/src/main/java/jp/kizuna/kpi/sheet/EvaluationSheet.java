package jp.kizuna.kpi.sheet;

import java.util.List;
import java.util.Map;

import jp.kizuna.kpi.budget.BudgetReadModel;
import jp.kizuna.kpi.indicator.IndicatorResponse;
import jp.kizuna.kpi.policy.PolicyFieldResponse;
import jp.kizuna.kpi.participation.ParticipationReadModel;
import jp.kizuna.kpi.subsidy.SubsidyReadModel;

/**
 * Everything one evaluation sheet shows: the policy field, its KPIs with their series, the year,
 * and the projects' costs of the previous and this fiscal year as the subsidy & budget service
 * published them (project code → year → costs), with the subsidies approved and paid under them
 * and the participation in the project's events as the events service recorded it.
 */
public record EvaluationSheet(int fiscalYear, PolicyFieldResponse field, List<IndicatorResponse> indicators,
                              List<Integer> costYears, Map<String, Map<Integer, BudgetReadModel.Costs>> costs,
                              Map<String, Map<Integer, SubsidyReadModel.Totals>> subsidies,
                              Map<String, Map<Integer, ParticipationReadModel.Totals>> participation) {
}
