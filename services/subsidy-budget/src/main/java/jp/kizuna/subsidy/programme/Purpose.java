package jp.kizuna.subsidy.programme;

/** What an application asks money for. */
public enum Purpose {
    VISION_DRAFTING("地域づくりビジョンの策定"),
    VISION_BASED_ACTIVITY("ビジョンに基づく活動"),
    EQUIPMENT("コミュニティ活動の設備・備品の整備"),
    MEETING_FACILITY_CONSTRUCTION("集会施設の建設・整備"),
    MEETING_HOUSE_REPAIR("集会所の修繕・改修"),
    SHARED_ANTENNA_UPGRADE("共聴施設の更新・耐災害性強化");

    private final String japaneseName;

    Purpose(String japaneseName) {
        this.japaneseName = japaneseName;
    }

    public String japaneseName() {
        return japaneseName;
    }
}
