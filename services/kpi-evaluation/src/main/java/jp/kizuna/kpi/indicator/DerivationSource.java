package jp.kizuna.kpi.indicator;

/** Where the KPI service derives an indicator's value from, besides what staff enter. */
public enum DerivationSource {
    /** Regional management organizations active at the year's end, from the registry's events. */
    REGISTRY_ORGANIZATIONS,
    /** Member households over all households, from the registry's membership reports. */
    MEMBERSHIP_REPORTS,
    /** Entered by staff only. */
    NONE
}
