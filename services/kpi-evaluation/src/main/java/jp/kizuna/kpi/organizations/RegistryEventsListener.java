package jp.kizuna.kpi.organizations;

import jp.kizuna.platform.contracts.EventTypes;
import jp.kizuna.platform.contracts.Topics;
import jp.kizuna.platform.events.CloudEventCodec;
import jp.kizuna.platform.events.ReceivedEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Feeds the registry's organization events into the KPI service's projection. */
@Component
class RegistryEventsListener {

    private static final Logger log = LoggerFactory.getLogger(RegistryEventsListener.class);

    private final OrganizationProjection projection;

    RegistryEventsListener(OrganizationProjection projection) {
        this.projection = projection;
    }

    @KafkaListener(topics = Topics.REGISTRY_ORGANIZATION)
    void on(ConsumerRecord<String, byte[]> record) {
        ReceivedEvent event = CloudEventCodec.decode(record);
        if (EventTypes.ORGANIZATION_REGISTERED.equals(event.type())) {
            boolean applied = projection.apply(event);
            log.debug("{} {} for organization {}", applied ? "Applied" : "Skipped already applied", event.type(),
                    event.subject());
        } else {
            log.debug("Ignoring event type {} on {}", event.type(), record.topic());
        }
    }
}
