package jp.kizuna.kpi.subsidy;

import java.util.Set;

import jp.kizuna.platform.contracts.EventTypes;
import jp.kizuna.platform.contracts.Topics;
import jp.kizuna.platform.events.CloudEventCodec;
import jp.kizuna.platform.events.ReceivedEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Feeds the subsidy applications' events into the KPI service's projection. */
@Component
class SubsidyEventsListener {

    private static final Set<String> APPLICATION_EVENTS = Set.of(EventTypes.APPLICATION_SUBMITTED,
            EventTypes.APPLICATION_DECIDED, EventTypes.APPLICATION_DISBURSED, EventTypes.APPLICATION_REPORTED);

    private final SubsidyProjection projection;

    SubsidyEventsListener(SubsidyProjection projection) {
        this.projection = projection;
    }

    @KafkaListener(topics = Topics.SUBSIDY_APPLICATION)
    void on(ConsumerRecord<String, byte[]> record) {
        ReceivedEvent event = CloudEventCodec.decode(record);
        if (APPLICATION_EVENTS.contains(event.type())) {
            projection.apply(event);
        }
    }
}
