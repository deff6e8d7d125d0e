package jp.kizuna.kpi.sheet;

import java.util.List;

import jp.kizuna.kpi.indicator.IndicatorResponse;
import jp.kizuna.kpi.policy.PolicyFieldResponse;

/** Everything one evaluation sheet shows: the policy field, its KPIs with their series, and the year. */
public record EvaluationSheet(int fiscalYear, PolicyFieldResponse field, List<IndicatorResponse> indicators) {
}
