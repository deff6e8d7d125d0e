package jp.kizuna.subsidy.budget;

import java.time.Instant;

/** A project's figures for a fiscal year were recorded. Schema: docs/events.md. */
public record BudgetLineRecorded(String budgetLineId, BudgetLineSnapshot line, Instant recordedAt)
        implements ProjectBudgetEvent {
}
