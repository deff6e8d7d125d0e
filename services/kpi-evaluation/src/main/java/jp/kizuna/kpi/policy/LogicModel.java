package jp.kizuna.kpi.policy;

import jp.kizuna.platform.text.MultiLineText;

/** ロジックモデル: activity → short-term outcome → mid-term outcome → final outcome. */
public record LogicModel(@MultiLineText String activity, @MultiLineText String shortTerm, @MultiLineText String midTerm,
                         @MultiLineText String finalOutcome) {
}
