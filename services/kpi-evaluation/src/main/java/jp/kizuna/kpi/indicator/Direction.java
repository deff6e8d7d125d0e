package jp.kizuna.kpi.indicator;

/** Which way is good for an indicator: more members is better; fewer vacant houses would be. */
public enum Direction {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER
}
