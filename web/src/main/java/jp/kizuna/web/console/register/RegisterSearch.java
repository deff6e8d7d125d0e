package jp.kizuna.web.console.register;

import java.util.List;

/**
 * A search of the register as the table's filters give it; every part optional. A kind, stage or status the
 * register does not know is no filter (the address bar may say anything).
 */
record RegisterSearch(String q, String kind, String district, String stage, String status) {

    static final List<String> KINDS = List.of("REGIONAL_MANAGEMENT_ORGANIZATION", "NEIGHBORHOOD_ASSOCIATION",
            "DISTRICT_CHIEFS_COUNCIL", "NPO_PARTNER", "COMMUNITY_GROUP");
    static final List<String> STAGES = List.of("STEP_0", "STEP_1", "STEP_2", "STEP_3", "STEP_4");
    static final List<String> STATUSES = List.of("ACTIVE", "DISSOLVED");
    static final List<String> LEGAL_FORMS = List.of("VOLUNTARY_ASSOCIATION", "NPO_CORPORATION",
            "GENERAL_INCORPORATED_ASSOCIATION", "AUTHORIZED_NEIGHBORHOOD_ASSOCIATION", "OTHER");
    static final List<String> EVIDENCE = List.of("STUDY_SESSION_HELD", "ORGANIZATION_FOUNDED", "WORKSHOP_HELD",
            "VISION_ADOPTED", "TRIAL_ACTIVITY_STARTED", "SECRETARIAT_ESTABLISHED", "INCORPORATED", "FACILITY_CONTRACT_TAKEN",
            "ACTIVITY_DECLINED", "REASSESSED");
    static final List<String> ACTIVITY_CATEGORIES = List.of("ENVIRONMENT", "TRANSPORT", "SAFETY", "HEALTH_AND_WELFARE",
            "EVENTS_AND_CULTURE", "LOCAL_PRODUCE_AND_MARKETS", "LEARNING", "PUBLIC_RELATIONS", "PLANNING", "FACILITIES", "OTHER");
    static final List<String> PROGRAMMES = List.of("REGIONAL_REVITALIZATION_COOPERATOR", "VILLAGE_SUPPORT_STAFF");
    static final List<String> OUTCOMES = List.of("SETTLED_IN_AREA", "LEFT_AREA", "UNKNOWN");
    static final List<String> LINK_KINDS = List.of("WEBSITE", "NOTE", "INSTAGRAM", "FACEBOOK", "X", "YOUTUBE", "CITY_PAGE", "OTHER");

    RegisterSearch {
        q = q == null ? "" : q.strip();
        // List.of(…).contains(null) throws: an absent filter is checked first
        kind = kind != null && KINDS.contains(kind) ? kind : null;
        district = district == null || district.isBlank() ? null : district.strip();
        stage = stage != null && STAGES.contains(stage) ? stage : null;
        status = status != null && STATUSES.contains(status) ? status : null;
    }
}
