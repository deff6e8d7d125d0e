package jp.kizuna.kpi.budget;

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
 * The KPI service's copy of the projects' budget lines from the subsidy & budget service, so the
 * evaluation sheet shows what each project costs. One document per project and fiscal year.
 */
@Component
public class BudgetReadModel {

    static final String COLLECTION = "subsidy_project_budgets";

    private final TypedSubscription<BudgetEventView> subscription;
    private final MongoTemplate mongo;

    BudgetReadModel(SequencedProjections projections, MongoTemplate mongo, JsonMapper json) {
        this.subscription = new TypedSubscription<>(projections, json, COLLECTION, EventTypes.PROJECT_BUDGET,
                BudgetEventView.class, BudgetReadModel::effect);
        this.mongo = mongo;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record BudgetEventView(String budgetLineId, Line line) {

        @JsonIgnoreProperties(ignoreUnknown = true)
        record Line(String projectCode, Integer policyField, Integer measure, Integer fiscalYear, String basis,
                    Long projectCost, Long generalRevenue, Long personnelCost) {
        }
    }

    @KafkaListener(topics = Topics.SUBSIDY_PROJECT_BUDGET)
    void on(ConsumerRecord<String, byte[]> record) {
        subscription.accept(record);
    }

    private static Update effect(ReceivedEvent event, BudgetEventView view) {
        BudgetEventView.Line line = view.line();
        if (line == null || !event.subject().equals(view.budgetLineId()) || line.projectCode() == null
                || line.fiscalYear() == null || line.basis() == null) {
            throw new MalformedEventException("budget event " + event.id() + " lacks its line");
        }
        return new Update()
                .set("projectCode", line.projectCode())
                .set("policyField", line.policyField())
                .set("measure", line.measure())
                .set("fiscalYear", line.fiscalYear())
                .set("basis", line.basis())
                .set("projectCost", line.projectCost())
                .set("generalRevenue", line.generalRevenue())
                .set("personnelCost", line.personnelCost());
    }

    /** A project's figures of a fiscal year as received; amounts in thousand yen, null = not applicable. */
    public record Costs(String basis, Long projectCost, Long generalRevenue, Long personnelCost) {
    }

    /** The lines of a policy field's projects for the given years: project code → year → costs. */
    public Map<String, Map<Integer, Costs>> costs(int policyField, List<Integer> years) {
        Map<String, Map<Integer, Costs>> costs = new TreeMap<>();
        Query query = Query.query(Criteria.where("policyField").is(policyField).and("fiscalYear").in(years));
        for (Document d : mongo.find(query, Document.class, COLLECTION)) {
            costs.computeIfAbsent(d.getString("projectCode"), code -> new TreeMap<>()).put(d.getInteger("fiscalYear"),
                    new Costs(d.getString("basis"), number(d.get("projectCost")), number(d.get("generalRevenue")),
                            number(d.get("personnelCost"))));
        }
        return costs;
    }

    private static Long number(Object value) {
        return value instanceof Number n ? n.longValue() : null;
    }
}
