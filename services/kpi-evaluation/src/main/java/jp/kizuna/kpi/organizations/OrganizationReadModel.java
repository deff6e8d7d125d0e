package jp.kizuna.kpi.organizations;

import java.time.LocalDate;

import jp.kizuna.platform.consumer.SequencedProjections;
import jp.kizuna.platform.consumer.TypedSubscription;
import jp.kizuna.platform.contracts.EventTypes;
import jp.kizuna.platform.contracts.Topics;
import jp.kizuna.platform.events.MalformedEventException;
import jp.kizuna.platform.events.ReceivedEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The KPI service's own copy of the registry's organizations: one document per organization,
 * each updated only by a newer event of that organization.
 */
@Component
public class OrganizationReadModel {

    static final String COLLECTION = "registry_organizations";
    static final String REGIONAL_MANAGEMENT_ORGANIZATION = "REGIONAL_MANAGEMENT_ORGANIZATION";

    private final TypedSubscription<RegistryOrganizationView> subscription;
    private final MongoTemplate mongo;

    OrganizationReadModel(SequencedProjections projections, MongoTemplate mongo, JsonMapper json) {
        this.subscription = new TypedSubscription<>(projections, json, COLLECTION, EventTypes.ORGANIZATION,
                RegistryOrganizationView.class, OrganizationReadModel::effect);
        this.mongo = mongo;
    }

    @KafkaListener(topics = Topics.REGISTRY_ORGANIZATION)
    void on(ConsumerRecord<String, byte[]> record) {
        subscription.accept(record);
    }

    /** Applies an organization's state as any of its events states it. */
    private static Update effect(ReceivedEvent event, RegistryOrganizationView view) {
        if (view.organizationId() == null || !view.organizationId().equals(event.subject()) || view.organization() == null) {
            throw new MalformedEventException("event " + event.id() + " names organization " + view.organizationId()
                    + " but its subject is " + event.subject() + ", or it carries no organization state");
        }
        RegistryOrganizationView.Organization organization = view.organization();
        return new Update()
                .set("name", organization.name())
                .set("kind", organization.kind())
                .set("status", organization.status())
                .set("foundedOn", organization.foundedOn())
                .set("dissolvedOn", organization.dissolvedOn());
    }

    /**
     * Regional management organizations active on a day: founded on or before it (or founding
     * unknown) and not dissolved by then. For the end of a fiscal year this is 地域づくり活動組織数.
     */
    public long countActiveRegionalManagementOrganizations(LocalDate day) {
        Criteria founded = new Criteria().orOperator(Criteria.where("foundedOn").is(null),
                Criteria.where("foundedOn").lte(day));
        Criteria notDissolved = new Criteria().orOperator(Criteria.where("dissolvedOn").is(null),
                Criteria.where("dissolvedOn").gt(day));
        Query query = Query.query(new Criteria().andOperator(
                Criteria.where("kind").is(REGIONAL_MANAGEMENT_ORGANIZATION), founded, notDissolved));
        return mongo.count(query, COLLECTION);
    }
}
