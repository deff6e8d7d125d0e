package jp.kizuna.platform.contracts;

/**
 * The catalogue of Kafka topics: one per aggregate, named {@code kizuna.<service>.<aggregate>.v1}.
 * Schemas of the events on each topic are documented in docs/events.md. Payload records are not
 * shared: the producer owns its records, each consumer reads the JSON into its own view.
 */
public final class Topics {

    /** Organization registered / updated / stage changed / dissolved. Key: organization id. */
    public static final String REGISTRY_ORGANIZATION = "kizuna.registry.organization.v1";

    /** Staff placement (地域おこし協力隊, 集落支援員) started / ended. Key: placement id. */
    public static final String REGISTRY_PLACEMENT = "kizuna.registry.placement.v1";

    /** Neighborhood-association membership reported / corrected. Key: report id ({@code <association>:FY<year>}). */
    public static final String REGISTRY_MEMBERSHIP_REPORT = "kizuna.registry.membership-report.v1";

    /**
     * Partner API key issued / revoked, with the key's hash, organization, scopes and status; compacted,
     * read from the start by every gateway replica. Key: API key id.
     */
    public static final String REGISTRY_API_KEY = "kizuna.registry.api-key.v1";

    /** Budget line recorded / corrected. Key: budget line id ({@code <project code>:FY<year>}). */
    public static final String SUBSIDY_PROJECT_BUDGET = "kizuna.subsidy.project-budget.v1";

    /** Subsidy application submitted / decided / disbursed / reported. Key: application id. */
    public static final String SUBSIDY_APPLICATION = "kizuna.subsidy.application.v1";

    /** Community event published / changed / cancelled. Key: event id. */
    public static final String EVENTS_EVENT = "kizuna.events.event.v1";

    /** Registration for an event confirmed / waitlisted / promoted / cancelled. Key: registration id. */
    public static final String EVENTS_REGISTRATION = "kizuna.events.registration.v1";

    /** Attendance of an event recorded (check-ins, walk-ins, participating groups). Key: event id. */
    public static final String EVENTS_ATTENDANCE = "kizuna.events.attendance.v1";

    private Topics() {
    }
}
