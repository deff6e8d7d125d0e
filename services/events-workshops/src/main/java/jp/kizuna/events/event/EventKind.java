package jp.kizuna.events.event;

/** What kind of gathering an event is, with the Japanese label residents see. */
public enum EventKind {
    WORKSHOP("ワークショップ"),
    FESTIVAL("祭り・フェス"),
    CLEANUP("清掃・美化活動"),
    CLASS("教室・講座"),
    MARKET("マルシェ・直売"),
    CONTEST("コンテスト"),
    MEETING("会議・説明会");

    private final String label;

    EventKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
