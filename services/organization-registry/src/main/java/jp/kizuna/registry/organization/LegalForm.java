package jp.kizuna.registry.organization;

/** An organization's legal form (法人格), with the Japanese name used in city documents. */
public enum LegalForm {
    /** 任意団体: no legal personality; most associations and young regional organizations. */
    VOLUNTARY_ASSOCIATION("任意団体"),
    /** 特定非営利活動法人 (NPO法人). */
    NPO_CORPORATION("NPO法人"),
    GENERAL_INCORPORATED_ASSOCIATION("一般社団法人"),
    /** 認可地縁団体: a neighborhood association incorporated under the Local Autonomy Act. */
    AUTHORIZED_NEIGHBORHOOD_ASSOCIATION("認可地縁団体"),
    OTHER("その他");

    private final String japaneseName;

    LegalForm(String japaneseName) {
        this.japaneseName = japaneseName;
    }

    public String japaneseName() {
        return japaneseName;
    }

    public boolean isIncorporated() {
        return this != VOLUNTARY_ASSOCIATION;
    }
}
