package jp.kizuna.kpi.policy;

import java.util.List;

import jp.kizuna.kpi.indicator.FiscalYearLabel;
import jp.kizuna.platform.time.FiscalYear;

/** A policy field as the API shows it: the whole tree down to every project, with Japanese labels. */
public record PolicyFieldResponse(
        PolicyField.Level policyGoal,
        PolicyField.Level policy,
        int number,
        String name,
        String vision,
        List<Integer> relatedSdgGoals,
        FiscalYearLabel sheetFiscalYear,
        String overallEvaluation,
        List<PolicyField.RelatedProject> relatedProjects,
        List<PolicyField.Level> depopulationPillars,
        List<MeasureView> measures,
        long version) {

    public record MeasureView(int number, String name, String content, String focus, String progress, String issues,
                              String finalEvaluation, List<ProjectView> projects) {
    }

    public record ProjectView(String code, int measure, int number, String name, String department, boolean statutory,
                              String statutoryJapanese, boolean priority, boolean hasLogicModel,
                              Integer depopulationPillar, String sdgTarget, NextYearDirection nextYearDirection,
                              String nextYearDirectionJapanese, String purpose, String progress, String issues,
                              LogicModel logicModel, OutcomeIndicator outcomeIndicator) {

        public static ProjectView of(int field, int measure, Project p) {
            return new ProjectView(Project.code(field, measure, p.number()), measure, p.number(), p.name(),
                    p.department(), p.statutory(), p.statutory() ? "法定" : "自主", p.priority(), p.hasLogicModel(),
                    p.depopulationPillar(), p.sdgTarget(), p.nextYearDirection(),
                    p.nextYearDirection() == null ? null : p.nextYearDirection().japaneseName(), p.purpose(),
                    p.progress(), p.issues(), p.logicModel(), p.outcomeIndicator());
        }
    }

    public static MeasureView measure(int field, Measure m) {
        return new MeasureView(m.number(), m.name(), m.content(), m.focus(), m.progress(), m.issues(),
                m.finalEvaluation(), m.projects().stream().map(p -> ProjectView.of(field, m.number(), p)).toList());
    }

    public static PolicyFieldResponse of(PolicyField f) {
        return new PolicyFieldResponse(f.policyGoal(), f.policy(), f.number(), f.name(), f.vision(),
                f.relatedSdgGoals(), FiscalYearLabel.of(FiscalYear.of(f.sheetFiscalYear())), f.overallEvaluation(),
                f.relatedProjects(), f.depopulationPillars(),
                f.measures().stream().map(m -> measure(f.number(), m)).toList(),
                f.version() == null ? 0 : f.version());
    }
}
