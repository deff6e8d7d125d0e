package jp.kizuna.events.webhook;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jp.kizuna.platform.events.CloudEventCodec;
import jp.kizuna.platform.events.MalformedEventException;
import jp.kizuna.platform.events.ReceivedEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns the service's own events into deliveries: for each event of an organization, one delivery
 * document per endpoint of that organization that wants its type (and existed when it happened).
 * The documents are written before the listener returns, and the record's offset is committed only
 * after that (a failure here is retried, never skipped: see {@link WebhookConfiguration}); so an
 * event is never lost between Kafka and the dispatcher, and a redelivered record records nothing new.
 */
@Component
class WebhookEventsListener {

    static final String LISTENER_ID = "webhook-deliveries";

    private final WebhookSubscriptionRepository subscriptions;
    private final DeliveryStore deliveries;
    private final WebhookDispatcher dispatcher;
    private final WebhookProperties properties;
    private final JsonMapper json;
    private final Clock clock;
    private final Counter recorded;

    WebhookEventsListener(WebhookSubscriptionRepository subscriptions, DeliveryStore deliveries, WebhookDispatcher dispatcher,
                          WebhookProperties properties, JsonMapper json, Clock clock, MeterRegistry meters) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.dispatcher = dispatcher;
        this.properties = properties;
        this.json = json;
        this.clock = clock;
        this.recorded = Counter.builder("kizuna.webhooks.recorded").description("Webhook deliveries recorded from the service's events")
                .register(meters);
    }

    @KafkaListener(id = LISTENER_ID, groupId = "${spring.kafka.consumer.group-id}-webhooks", topics = {
            jp.kizuna.platform.contracts.Topics.EVENTS_EVENT, jp.kizuna.platform.contracts.Topics.EVENTS_REGISTRATION,
            jp.kizuna.platform.contracts.Topics.EVENTS_ATTENDANCE}, containerFactory = WebhookConfiguration.LISTENER_FACTORY)
    void on(ConsumerRecord<String, byte[]> record) {
        ReceivedEvent event = CloudEventCodec.decode(record);
        if (!WebhookEvents.subscribable(event.type())) {
            return;
        }
        JsonNode data;
        try {
            data = json.readTree(event.data());
        } catch (JacksonException e) {
            throw new MalformedEventException("event " + event.id() + " has data that is not JSON: " + e.getOriginalMessage(), e);
        }
        Optional<String> organizer = WebhookEvents.organizer(event, data);
        if (organizer.isEmpty()) {
            return;
        }
        String body = null;
        boolean any = false;
        Instant now = clock.instant();
        for (WebhookSubscription subscription : subscriptions.findByOrganizationIdAndEventTypes(organizer.get(), event.type())) {
            if (event.time().isBefore(subscription.createdAt())) {
                continue;
            }
            if (body == null) {
                body = WebhookEvents.structured(json, event.id(), event.source(), event.type(), event.subject(), event.sequence(),
                        event.time(), WebhookEvents.deliveredData(data));
            }
            if (deliveries.record(WebhookDelivery.pending(subscription.id(), subscription.organizationId(), event.id(), event.type(),
                    record.topic() + "/" + event.subject(), event.sequence(), event.time(), body, now, now.plus(properties.retention())))) {
                recorded.increment();
                any = true;
            }
        }
        if (any) {
            dispatcher.wake();
        }
    }
}
