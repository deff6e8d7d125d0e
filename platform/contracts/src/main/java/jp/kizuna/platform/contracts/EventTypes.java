package jp.kizuna.platform.contracts;

/** Versioned CloudEvents types, {@code jp.kizuna.<service>.<aggregate>.<past-tense>.v<N>}. */
public final class EventTypes {

    public static final String ORGANIZATION_REGISTERED = "jp.kizuna.registry.organization.registered.v1";
    public static final String ORGANIZATION_UPDATED = "jp.kizuna.registry.organization.updated.v1";
    public static final String ORGANIZATION_STAGE_CHANGED = "jp.kizuna.registry.organization.stage-changed.v1";
    public static final String ORGANIZATION_DISSOLVED = "jp.kizuna.registry.organization.dissolved.v1";

    public static final String PLACEMENT_STARTED = "jp.kizuna.registry.placement.started.v1";
    public static final String PLACEMENT_ENDED = "jp.kizuna.registry.placement.ended.v1";
    public static final String API_KEY_ISSUED = "jp.kizuna.registry.api-key.issued.v1";
    public static final String API_KEY_REVOKED = "jp.kizuna.registry.api-key.revoked.v1";

    public static final String MEMBERSHIP_REPORTED = "jp.kizuna.registry.membership-report.reported.v1";
    public static final String MEMBERSHIP_CORRECTED = "jp.kizuna.registry.membership-report.corrected.v1";

    public static final String BUDGET_LINE_RECORDED = "jp.kizuna.subsidy.project-budget.recorded.v1";
    public static final String BUDGET_LINE_CORRECTED = "jp.kizuna.subsidy.project-budget.corrected.v1";

    public static final String APPLICATION_SUBMITTED = "jp.kizuna.subsidy.application.submitted.v1";
    public static final String APPLICATION_DECIDED = "jp.kizuna.subsidy.application.decided.v1";
    public static final String APPLICATION_DISBURSED = "jp.kizuna.subsidy.application.disbursed.v1";
    public static final String APPLICATION_REPORTED = "jp.kizuna.subsidy.application.reported.v1";

    public static final String EVENT_PUBLISHED = "jp.kizuna.events.event.published.v1";
    public static final String EVENT_CHANGED = "jp.kizuna.events.event.changed.v1";
    public static final String EVENT_CANCELLED = "jp.kizuna.events.event.cancelled.v1";

    public static final String REGISTRATION_CONFIRMED = "jp.kizuna.events.registration.confirmed.v1";
    public static final String REGISTRATION_WAITLISTED = "jp.kizuna.events.registration.waitlisted.v1";
    public static final String REGISTRATION_PROMOTED = "jp.kizuna.events.registration.promoted.v1";
    public static final String REGISTRATION_CANCELLED = "jp.kizuna.events.registration.cancelled.v1";

    public static final String ATTENDANCE_RECORDED = "jp.kizuna.events.attendance.recorded.v1";

    private EventTypes() {
    }
}
