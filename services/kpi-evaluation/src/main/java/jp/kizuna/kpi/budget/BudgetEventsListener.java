package jp.kizuna.kpi.budget;

import java.util.Set;

import jp.kizuna.platform.contracts.EventTypes;
import jp.kizuna.platform.contracts.Topics;
import jp.kizuna.platform.events.CloudEventCodec;
import jp.kizuna.platform.events.ReceivedEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Feeds the subsidy & budget service's budget lines into the KPI service's projection. */
@Component
class BudgetEventsListener {

    private static final Logger log = LoggerFactory.getLogger(BudgetEventsListener.class);
    private static final Set<String> BUDGET_EVENTS = Set.of(EventTypes.BUDGET_LINE_RECORDED,
            EventTypes.BUDGET_LINE_CORRECTED);

    private final BudgetProjection projection;

    BudgetEventsListener(BudgetProjection projection) {
        this.projection = projection;
    }

    @KafkaListener(topics = Topics.SUBSIDY_PROJECT_BUDGET)
    void on(ConsumerRecord<String, byte[]> record) {
        ReceivedEvent event = CloudEventCodec.decode(record);
        if (BUDGET_EVENTS.contains(event.type())) {
            boolean applied = projection.apply(event);
            log.debug("{} {} for {}", applied ? "Applied" : "Skipped already applied", event.type(), event.subject());
        }
    }
}
