package jp.kizuna.kpi.policy;

import jp.kizuna.platform.text.MultiLineText;

/**
 * A business project (事務事業) of a measure, as the evaluation sheet describes it.
 *
 * @param number             its number within the measure (施策2の1 = 地域おこし協力隊)
 * @param statutory          法定 (true) or 自主 (false)
 * @param priority           重点事業 (◎)
 * @param hasLogicModel      ロジックモデル (◎)
 * @param depopulationPillar 人口減少対策 柱1–4, or null
 */
public record Project(
        int number,
        String name,
        String department,
        boolean statutory,
        boolean priority,
        boolean hasLogicModel,
        Integer depopulationPillar,
        String sdgTarget,
        NextYearDirection nextYearDirection,
        @MultiLineText String purpose,
        @MultiLineText String progress,
        @MultiLineText String issues,
        LogicModel logicModel,
        OutcomeIndicator outcomeIndicator) {

    /** The project's code across services: {@code <field>-<measure>-<number>}, e.g. 36-2-1. */
    public static String code(int field, int measure, int number) {
        return field + "-" + measure + "-" + number;
    }

    Project withOutcome(OutcomeIndicator outcome) {
        return new Project(number, name, department, statutory, priority, hasLogicModel, depopulationPillar, sdgTarget,
                nextYearDirection, purpose, progress, issues, logicModel, outcome);
    }

    Project withTexts(ProjectTexts texts) {
        return new Project(number, name, department, statutory, priority, hasLogicModel, depopulationPillar, sdgTarget,
                texts.nextYearDirection() == null ? nextYearDirection : texts.nextYearDirection(),
                texts.purpose() == null ? purpose : texts.purpose(),
                texts.progress() == null ? progress : texts.progress(),
                texts.issues() == null ? issues : texts.issues(), logicModel, outcomeIndicator);
    }
}
