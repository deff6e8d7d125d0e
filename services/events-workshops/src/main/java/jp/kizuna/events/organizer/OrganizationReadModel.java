package jp.kizuna.events.organizer;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jp.kizuna.platform.consumer.SequencedProjections;
import jp.kizuna.platform.consumer.TypedSubscription;
import jp.kizuna.platform.contracts.EventTypes;
import jp.kizuna.platform.contracts.Topics;
import jp.kizuna.platform.events.MalformedEventException;
import jp.kizuna.platform.events.ReceivedEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The events service's own copy of the registry's organizations, kept from their events: what it
 * knows of an event's {@link Organizer}.
 */
@Component
public class OrganizationReadModel {

    static final String COLLECTION = "registry_organizations";

    private final TypedSubscription<OrganizationEventView> subscription;
    private final MongoTemplate mongo;

    OrganizationReadModel(SequencedProjections projections, MongoTemplate mongo, JsonMapper json) {
        this.subscription = new TypedSubscription<>(projections, json, COLLECTION, EventTypes.ORGANIZATION,
                OrganizationEventView.class, OrganizationReadModel::effect);
        this.mongo = mongo;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record OrganizationEventView(String organizationId, Snapshot organization) {

        @JsonIgnoreProperties(ignoreUnknown = true)
        record Snapshot(String name, String kind, String status, List<String> districts) {
        }
    }

    @KafkaListener(topics = Topics.REGISTRY_ORGANIZATION)
    void on(ConsumerRecord<String, byte[]> record) {
        subscription.accept(record);
    }

    private static Update effect(ReceivedEvent event, OrganizationEventView view) {
        OrganizationEventView.Snapshot o = view.organization();
        if (o == null || o.name() == null || !event.subject().equals(view.organizationId())) {
            throw new MalformedEventException("organization event " + event.id() + " carries no state for its subject");
        }
        return new Update()
                .set("name", o.name())
                .set("kind", o.kind())
                .set("status", o.status())
                .set("districts", o.districts() == null ? List.of() : o.districts());
    }

    public Optional<Organizer> find(String id) {
        Document d = mongo.findOne(Query.query(Criteria.where("_id").is(id)), Document.class, COLLECTION);
        return Optional.ofNullable(d).map(OrganizationReadModel::organizer);
    }

    private static Organizer organizer(Document d) {
        return new Organizer(d.getString("_id"), d.getString("name"), d.getString("kind"), d.getString("status"),
                d.getList("districts", String.class, List.of()));
    }
}
