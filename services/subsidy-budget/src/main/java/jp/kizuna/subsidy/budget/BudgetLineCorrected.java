package jp.kizuna.subsidy.budget;

import java.time.Instant;

import jp.kizuna.platform.contracts.EventTypes;
import jp.kizuna.platform.contracts.Topics;
import jp.kizuna.platform.events.IntegrationEvent;

/** A project's figures for a fiscal year changed; {@code previous} holds the replaced ones. Schema: docs/events.md. */
public record BudgetLineCorrected(String budgetLineId, BudgetLineSnapshot line, BudgetLineSnapshot previous, String reason, Instant recordedAt)
        implements IntegrationEvent {

    @Override
    public String topic() {
        return Topics.SUBSIDY_PROJECT_BUDGET;
    }

    @Override
    public String eventType() {
        return EventTypes.BUDGET_LINE_CORRECTED;
    }

    @Override
    public String aggregateId() {
        return budgetLineId;
    }
}
