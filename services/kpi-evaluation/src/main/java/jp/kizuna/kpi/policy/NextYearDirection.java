package jp.kizuna.kpi.policy;

/** 次年度方針: what happens to a business project next fiscal year. */
public enum NextYearDirection {
    NEW("新規"), CONTINUE("継続"), EXPAND("拡充"), REDUCE("縮小"), ABOLISH("廃止");

    private final String japaneseName;

    NextYearDirection(String japaneseName) {
        this.japaneseName = japaneseName;
    }

    public String japaneseName() {
        return japaneseName;
    }
}
