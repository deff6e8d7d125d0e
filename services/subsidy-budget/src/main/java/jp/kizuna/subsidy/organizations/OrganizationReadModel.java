package jp.kizuna.subsidy.organizations;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jp.kizuna.platform.consumer.SequencedProjections;
import jp.kizuna.platform.consumer.TypedSubscription;
import jp.kizuna.platform.contracts.EventTypes;
import jp.kizuna.platform.contracts.Topics;
import jp.kizuna.platform.events.MalformedEventException;
import jp.kizuna.platform.events.ReceivedEvent;
import jp.kizuna.platform.time.FiscalYear;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The subsidy service's own copy of the registry's organizations, kept from their events. */
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
        record Snapshot(String id, String name, String kind, String status, String stage, List<String> districts,
                        List<Vision> visions) {
        }

        @JsonIgnoreProperties(ignoreUnknown = true)
        record Vision(String title, LocalDate adoptedOn) {
        }
    }

    @KafkaListener(topics = Topics.REGISTRY_ORGANIZATION)
    void on(ConsumerRecord<String, byte[]> record) {
        subscription.accept(record);
    }

    private static Update effect(ReceivedEvent event, OrganizationEventView view) {
        OrganizationEventView.Snapshot o = view.organization();
        if (o == null || !event.subject().equals(view.organizationId())) {
            throw new MalformedEventException("organization event " + event.id() + " carries no state for its subject");
        }
        return new Update()
                .set("name", o.name())
                .set("kind", o.kind())
                .set("status", o.status())
                .set("stage", o.stage())
                .set("districts", o.districts() == null ? List.of() : o.districts())
                .set("visionsAdopted", o.visions() == null ? List.of()
                        : o.visions().stream().map(OrganizationEventView.Vision::adoptedOn).sorted().toList());
    }

    public Optional<ApplicantOrganization> find(String id) {
        Document d = mongo.findOne(Query.query(Criteria.where("_id").is(id)), Document.class, COLLECTION);
        if (d == null) {
            return Optional.empty();
        }
        List<LocalDate> visions = d.getList("visionsAdopted", Object.class, List.of()).stream()
                .map(OrganizationReadModel::day).toList();
        return Optional.of(new ApplicantOrganization(id, d.getString("name"), d.getString("kind"), d.getString("status"),
                d.getString("stage"), d.getList("districts", String.class, List.of()), visions));
    }

    private static LocalDate day(Object value) {
        return value instanceof Date date ? LocalDate.ofInstant(date.toInstant(), FiscalYear.CITY_ZONE)
                : LocalDate.parse(value.toString());
    }
}
