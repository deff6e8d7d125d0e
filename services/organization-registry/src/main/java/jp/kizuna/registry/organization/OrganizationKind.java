package jp.kizuna.registry.organization;

/** The kinds of organization the city registers, with the Japanese names used in city documents. */
public enum OrganizationKind {
    /** 地域運営組織 (地域づくり活動組織): resident-led body with a community vision plan. */
    REGIONAL_MANAGEMENT_ORGANIZATION("地域運営組織"),
    /** 町内会. */
    NEIGHBORHOOD_ASSOCIATION("町内会"),
    /** 区長会 / 地区区長会. */
    DISTRICT_CHIEFS_COUNCIL("区長会"),
    /** NPO or other partner that publishes events through the API. */
    NPO_PARTNER("NPO・協力団体"),
    /** Other resident groups, e.g. a project committee (実行委員会). */
    COMMUNITY_GROUP("地域団体");

    private final String japaneseName;

    OrganizationKind(String japaneseName) {
        this.japaneseName = japaneseName;
    }

    public String japaneseName() {
        return japaneseName;
    }
}
