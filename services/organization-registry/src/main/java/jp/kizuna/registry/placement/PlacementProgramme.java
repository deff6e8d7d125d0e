package jp.kizuna.registry.placement;

/** The national staff programmes through which the city places people in communities. */
public enum PlacementProgramme {
    /** 地域おこし協力隊: people from outside the area, placed for up to three years, hoped to settle. */
    REGIONAL_REVITALIZATION_COOPERATOR("地域おこし協力隊"),
    /** 集落支援員: people who know the area; in this city usually the RMO's secretariat. */
    VILLAGE_SUPPORT_STAFF("集落支援員");

    private final String japaneseName;

    PlacementProgramme(String japaneseName) {
        this.japaneseName = japaneseName;
    }

    public String japaneseName() {
        return japaneseName;
    }
}
