package jp.kizuna.subsidy.budget;

import java.time.Instant;

/** One change of a budget line: the figures before and after, who, when and why. */
public record BudgetChange(Instant at, String by, BudgetFigures before, BudgetFigures after, String reason) {
}
