package jp.kizuna.registry.placement;

/** What became of the people after the term (卒隊後): the programme's aim is that they settle. */
public enum PlacementOutcome {
    SETTLED_IN_AREA("定住"),
    LEFT_AREA("転出"),
    UNKNOWN("不明");

    private final String japaneseName;

    PlacementOutcome(String japaneseName) {
        this.japaneseName = japaneseName;
    }

    public String japaneseName() {
        return japaneseName;
    }
}
