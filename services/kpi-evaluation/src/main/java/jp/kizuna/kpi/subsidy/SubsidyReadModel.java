package jp.kizuna.kpi.subsidy;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
 * The KPI service's copy of the subsidy applications' outcomes, so the evaluation sheet shows, per
 * business project and fiscal year, how many applications were approved, for how much, and what
 * has been paid.
 */
@Component
public class SubsidyReadModel {

    static final String COLLECTION = "subsidy_applications";

    private final TypedSubscription<ApplicationEventView> subscription;
    private final MongoTemplate mongo;

    SubsidyReadModel(SequencedProjections projections, MongoTemplate mongo, JsonMapper json) {
        this.subscription = new TypedSubscription<>(projections, json, COLLECTION, EventTypes.APPLICATION,
                ApplicationEventView.class, SubsidyReadModel::effect);
        this.mongo = mongo;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ApplicationEventView(String applicationId, Application application) {

        @JsonIgnoreProperties(ignoreUnknown = true)
        record Application(String programmeId, String projectCode, Integer fiscalYear, String status,
                           Long approvedAmount, Long disbursedTotal) {
        }
    }

    @KafkaListener(topics = Topics.SUBSIDY_APPLICATION)
    void on(ConsumerRecord<String, byte[]> record) {
        subscription.accept(record);
    }

    private static Update effect(ReceivedEvent event, ApplicationEventView view) {
        ApplicationEventView.Application a = view.application();
        if (a == null || !event.subject().equals(view.applicationId()) || a.fiscalYear() == null || a.status() == null) {
            throw new MalformedEventException("application event " + event.id() + " lacks its application");
        }
        return new Update()
                .set("programmeId", a.programmeId())
                .set("projectCode", a.projectCode())
                .set("fiscalYear", a.fiscalYear())
                .set("status", a.status())
                .set("approvedAmount", a.approvedAmount())
                .set("disbursedTotal", a.disbursedTotal() == null ? 0 : a.disbursedTotal());
    }

    /** A project's subsidies of one fiscal year, in yen. */
    public record Totals(int approved, long approvedAmount, long disbursed) {
    }

    /** Project code → fiscal year → totals of the approved applications. */
    public Map<String, Map<Integer, Totals>> totals(List<Integer> years) {
        Map<String, Map<Integer, Totals>> totals = new TreeMap<>();
        Query approved = Query.query(Criteria.where("fiscalYear").in(years).and("approvedAmount").ne(null)
                .and("projectCode").ne(null));
        for (Document d : mongo.find(approved, Document.class, COLLECTION)) {
            Totals add = new Totals(1, ((Number) d.get("approvedAmount")).longValue(),
                    ((Number) d.get("disbursedTotal")).longValue());
            totals.computeIfAbsent(d.getString("projectCode"), code -> new TreeMap<>())
                    .merge(d.getInteger("fiscalYear"), add, (x, y) -> new Totals(x.approved() + y.approved(),
                            x.approvedAmount() + y.approvedAmount(), x.disbursed() + y.disbursed()));
        }
        return totals;
    }
}
