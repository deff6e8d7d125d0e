package jp.kizuna.kpi.policy;

/** ロジックモデル: activity → short-term outcome → mid-term outcome → final outcome. */
public record LogicModel(String activity, String shortTerm, String midTerm, String finalOutcome) {
}
