package jp.kizuna.platform.consumer;

import java.util.Set;

import jp.kizuna.platform.events.CloudEventCodec;
import jp.kizuna.platform.events.MalformedEventException;
import jp.kizuna.platform.events.ReceivedEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.query.Update;
import tools.jackson.databind.json.JsonMapper;

/**
 * A read model's subscription to one stream: the shape every consumer of another service's events
 * shares. A record is decoded as a CloudEvent, a type the read model does not read is passed over,
 * the data of the others is read into the read model's own view of it, and the read model's effect
 * is applied by {@link SequencedProjections} to the projection document of the event's aggregate,
 * only when the event is newer than what that document has applied.
 *
 * <p>What a record cannot be (not a CloudEvent, data that does not fit the view, data the effect
 * refuses) is a {@link MalformedEventException}, which the platform's error handler sends to the
 * dead-letter topic without retries; any other failure is retried, then dead-lettered.
 *
 * @param <V> the read model's view of the events' data (a tolerant reader: unknown fields ignored)
 */
public final class TypedSubscription<V> {

    private static final Logger log = LoggerFactory.getLogger(TypedSubscription.class);

    /** What an event does to the projection document of its aggregate. */
    @FunctionalInterface
    public interface Effect<V> {

        /**
         * @return the update to apply to the aggregate's projection document
         * @throws MalformedEventException when the data lacks what the read model needs, or names another subject
         */
        Update of(ReceivedEvent event, V data);
    }

    /** What became of a record. */
    public enum Outcome {
        /** The event changed the projection document. */
        APPLIED,
        /** The document had already applied this event or a later one of its aggregate: a redelivery. */
        ALREADY_APPLIED,
        /** A type of the stream the read model does not read. */
        IGNORED
    }

    private final SequencedProjections projections;
    private final JsonMapper json;
    private final String collection;
    private final Set<String> types;
    private final Class<V> view;
    private final Effect<V> effect;

    /**
     * @param collection the read model's collection of projection documents, one per source aggregate
     * @param types      the event types the read model reads (for a whole stream, a set of
     *                   {@code jp.kizuna.platform.contracts.EventTypes})
     * @param view       the class the data of those events is read into
     */
    public TypedSubscription(SequencedProjections projections, JsonMapper json, String collection, Set<String> types,
                             Class<V> view, Effect<V> effect) {
        this.projections = projections;
        this.json = json;
        this.collection = collection;
        this.types = Set.copyOf(types);
        this.view = view;
        this.effect = effect;
    }

    /** Handles one record of the subscribed stream, as a {@code @KafkaListener} receives it. */
    public Outcome accept(ConsumerRecord<?, byte[]> record) {
        ReceivedEvent event = CloudEventCodec.decode(record);
        if (!types.contains(event.type())) {
            log.debug("Ignoring event type {} on {}", event.type(), record.topic());
            return Outcome.IGNORED;
        }
        boolean applied = projections.apply(collection, event, effect.of(event, event.dataAs(view, json)));
        log.debug("{} {} for {} in {}", applied ? "Applied" : "Skipped already applied", event.type(), event.subject(),
                collection);
        return applied ? Outcome.APPLIED : Outcome.ALREADY_APPLIED;
    }
}
