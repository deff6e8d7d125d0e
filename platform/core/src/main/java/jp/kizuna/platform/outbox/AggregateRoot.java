package jp.kizuna.platform.outbox;

import java.util.ArrayList;
import java.util.List;

import jp.kizuna.platform.events.IntegrationEvent;
import jp.kizuna.platform.events.OutboxEvent;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;

/**
 * Base class of every aggregate stored in MongoDB that publishes events.
 *
 * <p>Events raised by a domain method travel with the aggregate's own document (the
 * {@code outbox} array), so a state change and its events are written by one single-document
 * atomic write. This works on a standalone mongod, a replica set and mongo-java-server alike,
 * none of which we ask for multi-document transactions (see docs/adr/0001-outbox-in-the-aggregate-document.md).
 */
public abstract class AggregateRoot {

    /** Optimistic-concurrency token; also served as the HTTP ETag. */
    @Version
    private Long version;

    /** Sequence number of the last event raised by this aggregate. */
    private long eventSequence;

    /** Events not yet acknowledged by the broker. Only the relay removes entries. */
    private List<OutboxEvent> outbox = new ArrayList<>();

    @Transient
    private final List<IntegrationEvent> raised = new ArrayList<>();

    protected void raise(IntegrationEvent event) {
        raised.add(event);
    }

    public Long version() {
        return version;
    }

    List<IntegrationEvent> takeRaisedEvents() {
        List<IntegrationEvent> events = List.copyOf(raised);
        raised.clear();
        return events;
    }

    long nextEventSequence() {
        return ++eventSequence;
    }

    void addToOutbox(OutboxEvent event) {
        outbox.add(event);
    }

    public List<OutboxEvent> pendingEvents() {
        return List.copyOf(outbox);
    }
}
