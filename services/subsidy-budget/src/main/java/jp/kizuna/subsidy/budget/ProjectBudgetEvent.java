package jp.kizuna.subsidy.budget;

import jp.kizuna.platform.contracts.EventTypes;
import jp.kizuna.platform.contracts.Topics;
import jp.kizuna.platform.events.IntegrationEvent;

/**
 * An event of the project-budget stream: published on {@link Topics#SUBSIDY_PROJECT_BUDGET}, keyed by
 * the budget line id. The routing lives here once; each record names only its type and its data.
 */
public sealed interface ProjectBudgetEvent extends IntegrationEvent
        permits BudgetLineRecorded, BudgetLineCorrected {

    String budgetLineId();

    @Override
    default String topic() {
        return Topics.SUBSIDY_PROJECT_BUDGET;
    }

    @Override
    default String eventType() {
        return switch (this) {
            case BudgetLineRecorded e -> EventTypes.BUDGET_LINE_RECORDED;
            case BudgetLineCorrected e -> EventTypes.BUDGET_LINE_CORRECTED;
        };
    }

    @Override
    default String aggregateId() {
        return budgetLineId();
    }
}
