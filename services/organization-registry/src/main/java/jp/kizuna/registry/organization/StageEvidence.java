package jp.kizuna.registry.organization;

/** What a stage change rests on. */
public enum StageEvidence {
    STUDY_SESSION_HELD("勉強会・視察の実施"),
    ORGANIZATION_FOUNDED("組織の設立"),
    WORKSHOP_HELD("ワークショップの開催"),
    VISION_ADOPTED("地域づくりビジョンの策定"),
    TRIAL_ACTIVITY_STARTED("取組の試行"),
    SECRETARIAT_ESTABLISHED("事務局体制の整備"),
    INCORPORATED("法人化"),
    FACILITY_CONTRACT_TAKEN("指定管理等の受託"),
    ACTIVITY_DECLINED("活動の縮小・停滞"),
    REASSESSED("再評価");

    private final String japaneseName;

    StageEvidence(String japaneseName) {
        this.japaneseName = japaneseName;
    }

    public String japaneseName() {
        return japaneseName;
    }
}
