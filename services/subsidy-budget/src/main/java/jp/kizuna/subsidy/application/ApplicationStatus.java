package jp.kizuna.subsidy.application;

/** Where an application stands. */
public enum ApplicationStatus {
    DRAFT, SUBMITTED, IN_SCREENING, APPROVED, REJECTED, DISBURSED, REPORTED, CLOSED, WITHDRAWN
}
