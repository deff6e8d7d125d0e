package jp.kizuna.kpi.policy;

import java.util.List;

import jp.kizuna.platform.text.MultiLineText;

/**
 * A measure (施策) with its evaluation texts: content (施策の内容), this year's focus (今年度の重点方針),
 * progress (取組状況), issues and next steps (課題認識と今後の方針・改善点) and the final evaluation.
 */
public record Measure(
        int number,
        String name,
        @MultiLineText String content,
        @MultiLineText String focus,
        @MultiLineText String progress,
        @MultiLineText String issues,
        @MultiLineText String finalEvaluation,
        List<Project> projects) {

    public Measure {
        projects = projects == null ? List.of() : List.copyOf(projects);
    }

    Measure withTexts(MeasureTexts texts) {
        return new Measure(number, name, pick(texts.content(), content), pick(texts.focus(), focus),
                pick(texts.progress(), progress), pick(texts.issues(), issues),
                pick(texts.finalEvaluation(), finalEvaluation), projects);
    }

    Measure withProject(Project project) {
        return new Measure(number, name, content, focus, progress, issues, finalEvaluation,
                projects.stream().map(p -> p.number() == project.number() ? project : p).toList());
    }

    private static String pick(String given, String current) {
        return given == null ? current : given;
    }
}
