package jp.kizuna.kpi.indicator;

/** An entered actual is provisional until staff confirm it; a confirmed one changes only by correction. */
public enum ActualState {
    PROVISIONAL,
    CONFIRMED
}
