package jp.kizuna.registry.organization;

/** What an organization's activity is about, as the city's pages group them. */
public enum ActivityCategory {
    ENVIRONMENT("環境美化"),
    TRANSPORT("地域内交通"),
    SAFETY("防災・防犯"),
    HEALTH_AND_WELFARE("健康・福祉"),
    EVENTS_AND_CULTURE("イベント・文化"),
    LOCAL_PRODUCE_AND_MARKETS("直売所・マルシェ"),
    LEARNING("教室・講座"),
    PUBLIC_RELATIONS("広報"),
    PLANNING("計画づくり・ワークショップ"),
    FACILITIES("拠点・施設の活用"),
    OTHER("その他");

    private final String japaneseName;

    ActivityCategory(String japaneseName) {
        this.japaneseName = japaneseName;
    }

    public String japaneseName() {
        return japaneseName;
    }
}
