package jp.kizuna.platform.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import com.mongodb.client.FindIterable;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jp.kizuna.platform.contracts.ProblemTypes;
import jp.kizuna.platform.web.ProblemException;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.convert.QueryMapper;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpStatus;

/**
 * Reads that survive a stored record the service cannot read back: one written before a rule
 * existed, by an older version, or by hand. A list skips such a record, logs its id (logger
 * {@code jp.kizuna.platform.persistence.TolerantReads}, level WARN) and counts it in the metric
 * {@code kizuna.records.unreadable} (tag {@code collection}); a read of that one record answers
 * 409 {@code urn:kizuna:problem:unreadable-record} naming it. One broken record never turns a
 * whole list into a 500. docs/operations.md says how city IT finds and repairs such a record.
 *
 * <p>A record is unreadable when mapping it fails (its value objects refuse what is stored) or
 * when the caller's {@code check} fails (it cannot be shown, e.g. its dates have no era).
 */
public class TolerantReads {

    private static final Logger log = LoggerFactory.getLogger(TolerantReads.class);

    private final MongoTemplate mongo;
    private final MeterRegistry meters;

    public TolerantReads(MongoTemplate mongo, MeterRegistry meters) {
        this.mongo = mongo;
        this.meters = meters;
    }

    /** Every readable record the query finds, in its order; unreadable ones are skipped, logged and counted. */
    public <T> List<T> find(Query query, Class<T> type, Consumer<T> check) {
        MongoPersistentEntity<?> entity = mongo.getConverter().getMappingContext().getRequiredPersistentEntity(type);
        QueryMapper mapper = new QueryMapper(mongo.getConverter());
        FindIterable<Document> found = mongo.getCollection(entity.getCollection())
                .find(mapper.getMappedObject(query.getQueryObject(), entity))
                .sort(mapper.getMappedSort(query.getSortObject(), entity));
        if (query.getSkip() > 0) {
            found = found.skip(Math.toIntExact(query.getSkip()));
        }
        if (query.isLimited()) {
            found = found.limit(query.getLimit());
        }
        List<T> readable = new ArrayList<>();
        for (Document document : found) {
            read(document, type, entity.getCollection(), check).ifPresent(readable::add);
        }
        return readable;
    }

    public <T> List<T> find(Query query, Class<T> type) {
        return find(query, type, record -> { });
    }

    /**
     * The record with this id, if there is one.
     *
     * @param what what the record is, for the problem's detail ("Event")
     * @throws ProblemException 409 unreadable-record when it is stored but cannot be read
     */
    public <T> Optional<T> findById(Object id, Class<T> type, String what, Consumer<T> check) {
        MongoPersistentEntity<?> entity = mongo.getConverter().getMappingContext().getRequiredPersistentEntity(type);
        Document document = mongo.findOne(Query.query(Criteria.where("_id").is(id)), Document.class, entity.getCollection());
        if (document == null) {
            return Optional.empty();
        }
        Optional<T> record = read(document, type, entity.getCollection(), check);
        if (record.isEmpty()) {
            throw new ProblemException(HttpStatus.CONFLICT, ProblemTypes.UNREADABLE_RECORD, what + " '" + id
                    + "' is stored in a form this service cannot read (it predates a rule or was written by hand). "
                    + "Nothing was changed; city IT can repair it as docs/operations.md describes.");
        }
        return record;
    }

    public <T> Optional<T> findById(Object id, Class<T> type, String what) {
        return findById(id, type, what, record -> { });
    }

    private <T> Optional<T> read(Document document, Class<T> type, String collection, Consumer<T> check) {
        try {
            T record = mongo.getConverter().read(type, document);
            check.accept(record);
            return Optional.of(record);
        } catch (RuntimeException e) {
            log.warn("Skipped unreadable record {} in {}: {}", document.get("_id"), collection, e.toString());
            Counter.builder("kizuna.records.unreadable").tag("collection", collection)
                    .description("Stored records skipped because the service cannot read them")
                    .register(meters).increment();
            return Optional.empty();
        }
    }
}
