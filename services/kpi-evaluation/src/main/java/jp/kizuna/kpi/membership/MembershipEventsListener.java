package jp.kizuna.kpi.membership;

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

/** Feeds the registry's membership reports into the KPI service's projection. */
@Component
class MembershipEventsListener {

    private static final Logger log = LoggerFactory.getLogger(MembershipEventsListener.class);
    private static final Set<String> MEMBERSHIP_EVENTS = Set.of(EventTypes.MEMBERSHIP_REPORTED,
            EventTypes.MEMBERSHIP_CORRECTED);

    private final MembershipProjection projection;

    MembershipEventsListener(MembershipProjection projection) {
        this.projection = projection;
    }

    @KafkaListener(topics = Topics.REGISTRY_MEMBERSHIP_REPORT)
    void on(ConsumerRecord<String, byte[]> record) {
        ReceivedEvent event = CloudEventCodec.decode(record);
        if (MEMBERSHIP_EVENTS.contains(event.type())) {
            boolean applied = projection.apply(event);
            log.debug("{} {} for report {}", applied ? "Applied" : "Skipped already applied", event.type(), event.subject());
        }
    }
}
