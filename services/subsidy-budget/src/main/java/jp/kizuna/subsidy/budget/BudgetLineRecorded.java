package jp.kizuna.subsidy.budget;

import java.time.Instant;

import jp.kizuna.platform.contracts.EventTypes;
import jp.kizuna.platform.contracts.Topics;
import jp.kizuna.platform.events.IntegrationEvent;

/** A project's figures for a fiscal year were recorded. Schema: docs/events.md. */
public record BudgetLineRecorded(String budgetLineId, BudgetLineSnapshot line, Instant recordedAt)
        implements IntegrationEvent {

    @Override
    public String topic() {
        return Topics.SUBSIDY_PROJECT_BUDGET;
    }

    @Override
    public String eventType() {
        return EventTypes.BUDGET_LINE_RECORDED;
    }

    @Override
    public String aggregateId() {
        return budgetLineId;
    }
}
