package jp.kizuna.kpi.seed;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import jp.kizuna.kpi.indicator.DerivationSource;
import jp.kizuna.kpi.indicator.Direction;
import jp.kizuna.kpi.indicator.IndicatorKind;
import jp.kizuna.kpi.policy.Measure;
import jp.kizuna.kpi.policy.PolicyField;

/** The shape of {@code seed/policy-field-36.yaml}. */
record PolicySeed(
        PolicyField.Level policyGoal,
        PolicyField.Level policy,
        Field policyField,
        List<PolicyField.Level> depopulationPillars,
        List<Measure> measures,
        List<SeedIndicator> indicators) {

    record Field(int number, String name, String vision, int sheetFiscalYear, List<Integer> relatedSdgGoals,
                 String overallEvaluation, List<PolicyField.RelatedProject> relatedProjects) {
    }

    record SeedIndicator(String code, int number, String name, String unit, IndicatorKind kind, String definition,
                         Direction direction, DerivationSource derivedFrom, Map<Integer, BigDecimal> targets,
                         BigDecimal finalTarget, Map<Integer, BigDecimal> actuals, String verification) {
    }
}
