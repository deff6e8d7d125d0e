package jp.kizuna.platform.contracts;

import java.util.Set;

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

    /** Every type on {@link Topics#REGISTRY_ORGANIZATION}; each one carries the organization's whole state. */
    public static final Set<String> ORGANIZATION = Set.of(ORGANIZATION_REGISTERED, ORGANIZATION_UPDATED,
            ORGANIZATION_STAGE_CHANGED, ORGANIZATION_DISSOLVED);

    /** Every type on {@link Topics#REGISTRY_PLACEMENT}. */
    public static final Set<String> PLACEMENT = Set.of(PLACEMENT_STARTED, PLACEMENT_ENDED);

    /** Every type on {@link Topics#REGISTRY_API_KEY}. */
    public static final Set<String> API_KEY = Set.of(API_KEY_ISSUED, API_KEY_REVOKED);

    /** Every type on {@link Topics#REGISTRY_MEMBERSHIP_REPORT}. */
    public static final Set<String> MEMBERSHIP_REPORT = Set.of(MEMBERSHIP_REPORTED, MEMBERSHIP_CORRECTED);

    /** Every type on {@link Topics#SUBSIDY_PROJECT_BUDGET}. */
    public static final Set<String> PROJECT_BUDGET = Set.of(BUDGET_LINE_RECORDED, BUDGET_LINE_CORRECTED);

    /** Every type on {@link Topics#SUBSIDY_APPLICATION}. */
    public static final Set<String> APPLICATION = Set.of(APPLICATION_SUBMITTED, APPLICATION_DECIDED,
            APPLICATION_DISBURSED, APPLICATION_REPORTED);

    /** Every type on {@link Topics#EVENTS_EVENT}. */
    public static final Set<String> EVENT = Set.of(EVENT_PUBLISHED, EVENT_CHANGED, EVENT_CANCELLED);

    /** Every type on {@link Topics#EVENTS_REGISTRATION}. */
    public static final Set<String> REGISTRATION = Set.of(REGISTRATION_CONFIRMED, REGISTRATION_WAITLISTED,
            REGISTRATION_PROMOTED, REGISTRATION_CANCELLED);

    /** Every type on {@link Topics#EVENTS_ATTENDANCE}. */
    public static final Set<String> ATTENDANCE = Set.of(ATTENDANCE_RECORDED);

    private EventTypes() {
    }
}
