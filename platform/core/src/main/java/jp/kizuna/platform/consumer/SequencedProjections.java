package jp.kizuna.platform.consumer;

import io.micrometer.core.instrument.MeterRegistry;
import jp.kizuna.platform.events.ReceivedEvent;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Keeps one projection document per source aggregate and applies an event to it only when the
 * event is newer than the last one applied. The check and the effect are one conditional upsert,
 * a single-document atomic write, so a redelivered or out-of-date event changes nothing, on a
 * replica set and on mongo-java-server alike.
 *
 * <p>Figures that combine many aggregates (counts, rates) are computed from these documents when
 * read, never incremented in place, which is what keeps them exact under redelivery.
 */
public class SequencedProjections {

    public static final String LAST_SEQUENCE = "lastSequence";

    private final MongoTemplate mongo;
    private final MeterRegistry meters;

    public SequencedProjections(MongoTemplate mongo, MeterRegistry meters) {
        this.mongo = mongo;
        this.meters = meters;
    }

    /**
     * @return {@code true} when the event was applied; {@code false} when an event with the same or
     * a later sequence had already been applied to this aggregate's projection
     */
    public boolean apply(String collection, ReceivedEvent event, Update effect) {
        Query newerThanApplied = Query.query(Criteria.where("_id").is(event.subject())
                .and(LAST_SEQUENCE).lt(event.sequence()));
        effect.set(LAST_SEQUENCE, event.sequence())
                .set("lastEventId", event.id())
                .set("lastEventTime", event.time());
        boolean applied;
        try {
            var result = mongo.upsert(newerThanApplied, effect, collection);
            applied = result.getModifiedCount() > 0 || result.getUpsertedId() != null;
        } catch (DuplicateKeyException alreadyApplied) {
            // The document exists with this or a later sequence: the upsert tried to insert a twin.
            applied = false;
        }
        meters.counter("kizuna.events.applied", "type", event.type(), "outcome", applied ? "applied" : "skipped")
                .increment();
        return applied;
    }
}
