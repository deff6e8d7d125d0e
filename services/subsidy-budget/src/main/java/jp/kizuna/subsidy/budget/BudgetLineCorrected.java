package jp.kizuna.subsidy.budget;

import java.time.Instant;

/** A project's figures for a fiscal year changed; {@code previous} holds the replaced ones. Schema: docs/events.md. */
public record BudgetLineCorrected(String budgetLineId, BudgetLineSnapshot line, BudgetLineSnapshot previous, String reason, Instant recordedAt)
        implements ProjectBudgetEvent {
}
