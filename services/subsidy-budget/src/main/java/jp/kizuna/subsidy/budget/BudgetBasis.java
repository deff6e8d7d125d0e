package jp.kizuna.subsidy.budget;

/** What a year's figures are: the budget (予算), an estimate (見込み) or the settlement (決算). */
public enum BudgetBasis {
    BUDGET("予算"), ESTIMATE("見込み"), SETTLED("決算");

    private final String japaneseName;

    BudgetBasis(String japaneseName) {
        this.japaneseName = japaneseName;
    }

    public String japaneseName() {
        return japaneseName;
    }
}
