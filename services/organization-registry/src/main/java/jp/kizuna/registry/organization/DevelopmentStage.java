package jp.kizuna.registry.organization;

/**
 * The city's staged support model for regional management organizations (活動段階に応じた支援),
 * with the goal (目指す姿) and the typical local work (地域の取組) of each step as the city's page
 * states them.
 */
public enum DevelopmentStage {
    STEP_0("ステップ0", "住民意識の共有", "勉強会、視察"),
    STEP_1("ステップ1", "組織・体制の立ち上げ", "ワークショップ、計画づくり"),
    STEP_2("ステップ2", "取組の試行", "課題に対する具体的な取組"),
    STEP_3("ステップ3", "自立した組織・体制への移行", "組織・体制づくり"),
    STEP_4("ステップ4", "自立した組織・体制の確立（法人化等）", "指定管理等各種事業等の受託");

    private final String label;
    private final String goal;
    private final String localWork;

    DevelopmentStage(String label, String goal, String localWork) {
        this.label = label;
        this.goal = goal;
        this.localWork = localWork;
    }

    public String label() {
        return label;
    }

    public String goal() {
        return goal;
    }

    public String localWork() {
        return localWork;
    }

    public boolean isBefore(DevelopmentStage other) {
        return compareTo(other) < 0;
    }
}
