package jp.kizuna.kpi.membership;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
 * The KPI service's copy of the registry's membership reports, one document per association and
 * fiscal year, from which 町内会加入率 is derived: member households over all households.
 */
@Component
public class MembershipReadModel {

    static final String COLLECTION = "registry_membership_reports";

    private final TypedSubscription<MembershipEventView> subscription;
    private final MongoTemplate mongo;

    MembershipReadModel(SequencedProjections projections, MongoTemplate mongo, JsonMapper json) {
        this.subscription = new TypedSubscription<>(projections, json, COLLECTION, EventTypes.MEMBERSHIP_REPORT,
                MembershipEventView.class, MembershipReadModel::effect);
        this.mongo = mongo;
    }

    /** The registry's reported / corrected events, as far as the rate needs them. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record MembershipEventView(String reportId, Report report) {

        @JsonIgnoreProperties(ignoreUnknown = true)
        record Report(String id, String associationId, String district, Integer fiscalYear, Integer memberHouseholds,
                      Integer totalHouseholds) {
        }
    }

    @KafkaListener(topics = Topics.REGISTRY_MEMBERSHIP_REPORT)
    void on(ConsumerRecord<String, byte[]> record) {
        subscription.accept(record);
    }

    private static Update effect(ReceivedEvent event, MembershipEventView view) {
        MembershipEventView.Report report = view.report();
        if (report == null || !event.subject().equals(view.reportId()) || report.fiscalYear() == null
                || report.memberHouseholds() == null || report.totalHouseholds() == null) {
            throw new MalformedEventException("membership event " + event.id() + " lacks its report figures");
        }
        return new Update()
                .set("associationId", report.associationId())
                .set("district", report.district())
                .set("fiscalYear", report.fiscalYear())
                .set("memberHouseholds", report.memberHouseholds())
                .set("totalHouseholds", report.totalHouseholds());
    }

    /** The citywide rate of a fiscal year, in percent with one decimal; empty without reports. */
    public Optional<BigDecimal> rate(int fiscalYear) {
        List<Document> reports = mongo.find(Query.query(Criteria.where("fiscalYear").is(fiscalYear)), Document.class,
                COLLECTION);
        long members = reports.stream().mapToLong(d -> ((Number) d.get("memberHouseholds")).longValue()).sum();
        long households = reports.stream().mapToLong(d -> ((Number) d.get("totalHouseholds")).longValue()).sum();
        if (households == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(members).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(households), 1, RoundingMode.HALF_UP));
    }
}
