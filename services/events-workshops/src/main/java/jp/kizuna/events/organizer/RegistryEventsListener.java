package jp.kizuna.events.organizer;

import java.util.Set;

import jp.kizuna.platform.contracts.EventTypes;
import jp.kizuna.platform.contracts.Topics;
import jp.kizuna.platform.events.CloudEventCodec;
import jp.kizuna.platform.events.ReceivedEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Keeps the events service's organizer read model from the registry's events. */
@Component
class RegistryEventsListener {

    private static final Set<String> ORGANIZATION_EVENTS = Set.of(EventTypes.ORGANIZATION_REGISTERED,
            EventTypes.ORGANIZATION_UPDATED, EventTypes.ORGANIZATION_STAGE_CHANGED, EventTypes.ORGANIZATION_DISSOLVED);

    private final OrganizerReadModel organizers;

    RegistryEventsListener(OrganizerReadModel organizers) {
        this.organizers = organizers;
    }

    @KafkaListener(topics = Topics.REGISTRY_ORGANIZATION)
    void on(ConsumerRecord<String, byte[]> record) {
        ReceivedEvent event = CloudEventCodec.decode(record);
        if (ORGANIZATION_EVENTS.contains(event.type())) {
            organizers.apply(event);
        }
    }
}
