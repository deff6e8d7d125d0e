package jp.kizuna.kpi.organizations;

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

/** Feeds the registry's organization events into the KPI service's projection. */
@Component
class RegistryEventsListener {

    private static final Logger log = LoggerFactory.getLogger(RegistryEventsListener.class);

    /** Every organization event carries the organization's state, so each one updates the projection. */
    private static final Set<String> ORGANIZATION_EVENTS = Set.of(EventTypes.ORGANIZATION_REGISTERED,
            EventTypes.ORGANIZATION_UPDATED, EventTypes.ORGANIZATION_STAGE_CHANGED, EventTypes.ORGANIZATION_DISSOLVED);

    private final OrganizationProjection projection;

    RegistryEventsListener(OrganizationProjection projection) {
        this.projection = projection;
    }

    @KafkaListener(topics = Topics.REGISTRY_ORGANIZATION)
    void on(ConsumerRecord<String, byte[]> record) {
        ReceivedEvent event = CloudEventCodec.decode(record);
        if (ORGANIZATION_EVENTS.contains(event.type())) {
            boolean applied = projection.apply(event);
            log.debug("{} {} for organization {}", applied ? "Applied" : "Skipped already applied", event.type(),
                    event.subject());
        } else {
            log.debug("Ignoring event type {} on {}", event.type(), record.topic());
        }
    }
}
