package jp.kizuna.kpi.participation;

import jp.kizuna.platform.contracts.EventTypes;
import jp.kizuna.platform.contracts.Topics;
import jp.kizuna.platform.events.CloudEventCodec;
import jp.kizuna.platform.events.ReceivedEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Feeds the events service's attendance into the participation projection. */
@Component
class EventsAttendanceListener {

    private final ParticipationProjection projection;

    EventsAttendanceListener(ParticipationProjection projection) {
        this.projection = projection;
    }

    @KafkaListener(topics = Topics.EVENTS_ATTENDANCE)
    void on(ConsumerRecord<String, byte[]> record) {
        ReceivedEvent event = CloudEventCodec.decode(record);
        if (EventTypes.ATTENDANCE_RECORDED.equals(event.type())) {
            projection.apply(event);
        }
    }
}
