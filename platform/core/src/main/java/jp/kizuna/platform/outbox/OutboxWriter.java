package jp.kizuna.platform.outbox;

import java.time.Clock;
import java.util.UUID;

import jp.kizuna.platform.events.IntegrationEvent;
import jp.kizuna.platform.contracts.TraceContext;
import jp.kizuna.platform.events.OutboxEvent;
import jp.kizuna.platform.tracing.CurrentTrace;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveCallback;
import org.springframework.data.mongodb.core.mapping.event.BeforeConvertCallback;
import org.bson.Document;
import tools.jackson.databind.json.JsonMapper;

/**
 * Moves the events an aggregate raised into its outbox just before the aggregate is converted to
 * its document, and wakes the relay once the document is saved. Each event carries the trace of the
 * work that raised it ({@link CurrentTrace}), so the consumers' work joins the same trace.
 */
public class OutboxWriter implements BeforeConvertCallback<AggregateRoot>, AfterSaveCallback<AggregateRoot> {

    private final JsonMapper json;
    private final Clock clock;
    private final ObjectProvider<OutboxRelay> relay;

    /** The relay comes lazily: it needs the MongoTemplate, whose converter needs this callback. */
    public OutboxWriter(JsonMapper json, Clock clock, ObjectProvider<OutboxRelay> relay) {
        this.json = json;
        this.clock = clock;
        this.relay = relay;
    }

    @Override
    public AggregateRoot onBeforeConvert(AggregateRoot aggregate, String collection) {
        String traceparent = CurrentTrace.get().map(TraceContext::traceparent).orElse(null);
        for (IntegrationEvent event : aggregate.takeRaisedEvents()) {
            aggregate.addToOutbox(new OutboxEvent(
                    UUID.randomUUID().toString(),
                    event.topic(),
                    event.aggregateId(),
                    event.eventType(),
                    aggregate.nextEventSequence(),
                    clock.instant(),
                    json.writeValueAsString(event),
                    traceparent));
        }
        return aggregate;
    }

    @Override
    public AggregateRoot onAfterSave(AggregateRoot aggregate, Document document, String collection) {
        if (!aggregate.pendingEvents().isEmpty()) {
            relay.ifAvailable(OutboxRelay::wakeUp);
        }
        return aggregate;
    }
}
