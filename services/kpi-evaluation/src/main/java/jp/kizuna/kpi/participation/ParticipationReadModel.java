package jp.kizuna.kpi.participation;

import java.util.ArrayList;
import java.util.Comparator;
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
 * The KPI service's copy of the events' attendance, one document per event, so participation
 * figures (events held, participants, participating groups) can be read per fiscal year, business
 * project and organizer. Totals are summed when read, which keeps them exact under redelivery.
 */
@Component
public class ParticipationReadModel {

    static final String COLLECTION = "event_attendance";

    private final TypedSubscription<AttendanceEventView> subscription;
    private final MongoTemplate mongo;

    ParticipationReadModel(SequencedProjections projections, MongoTemplate mongo, JsonMapper json) {
        this.subscription = new TypedSubscription<>(projections, json, COLLECTION, EventTypes.ATTENDANCE,
                AttendanceEventView.class, ParticipationReadModel::effect);
        this.mongo = mongo;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record AttendanceEventView(String eventId, Attendance attendance) {

        @JsonIgnoreProperties(ignoreUnknown = true)
        record Attendance(String eventTitle, String organizerId, String projectCode, Integer fiscalYear, Integer groups,
                          Integer participants) {
        }
    }

    @KafkaListener(topics = Topics.EVENTS_ATTENDANCE)
    void on(ConsumerRecord<String, byte[]> record) {
        subscription.accept(record);
    }

    private static Update effect(ReceivedEvent event, AttendanceEventView view) {
        AttendanceEventView.Attendance a = view.attendance();
        if (a == null || !event.subject().equals(view.eventId()) || a.fiscalYear() == null || a.participants() == null) {
            throw new MalformedEventException("attendance event " + event.id() + " lacks its attendance");
        }
        return new Update()
                .set("eventTitle", a.eventTitle())
                .set("organizerId", a.organizerId())
                .set("projectCode", a.projectCode())
                .set("fiscalYear", a.fiscalYear())
                .set("groups", a.groups() == null ? 0 : a.groups())
                .set("participants", a.participants());
    }

    /** The attendance of one event as received. */
    public record EventParticipation(String eventId, String eventTitle, String organizerId, String projectCode,
                                     int fiscalYear, int groups, int participants) {
    }

    /** Sums over events: how many were held (had attendance), their participants and groups. */
    public record Totals(int events, int groups, int participants) {

        static final Totals NONE = new Totals(0, 0, 0);

        Totals plus(EventParticipation e) {
            return new Totals(events + 1, groups + e.groups(), participants + e.participants());
        }
    }

    /** One fiscal year: overall, per business project and per organizer (the city: "city"), with the events. */
    public record YearParticipation(int fiscalYear, Totals total, Map<String, Totals> byProject,
                                    Map<String, Totals> byOrganizer, List<EventParticipation> events) {
    }

    public YearParticipation ofYear(int fiscalYear) {
        List<EventParticipation> events = eventsOf(List.of(fiscalYear));
        Totals total = Totals.NONE;
        Map<String, Totals> byProject = new TreeMap<>();
        Map<String, Totals> byOrganizer = new TreeMap<>();
        for (EventParticipation e : events) {
            total = total.plus(e);
            if (e.projectCode() != null) {
                byProject.merge(e.projectCode(), Totals.NONE.plus(e), (x, y) -> x.plus(e));
            }
            byOrganizer.merge(e.organizerId() == null ? "city" : e.organizerId(), Totals.NONE.plus(e), (x, y) -> x.plus(e));
        }
        return new YearParticipation(fiscalYear, total, byProject, byOrganizer, events);
    }

    /** Project code → fiscal year → totals, for the evaluation sheet. */
    public Map<String, Map<Integer, Totals>> byProject(List<Integer> years) {
        Map<String, Map<Integer, Totals>> totals = new TreeMap<>();
        for (EventParticipation e : eventsOf(years)) {
            if (e.projectCode() != null) {
                totals.computeIfAbsent(e.projectCode(), code -> new TreeMap<>())
                        .merge(e.fiscalYear(), Totals.NONE.plus(e), (x, y) -> x.plus(e));
            }
        }
        return totals;
    }

    private List<EventParticipation> eventsOf(List<Integer> years) {
        List<EventParticipation> events = new ArrayList<>();
        for (Document d : mongo.find(Query.query(Criteria.where("fiscalYear").in(years)), Document.class, COLLECTION)) {
            events.add(new EventParticipation(d.getString("_id"), d.getString("eventTitle"), d.getString("organizerId"),
                    d.getString("projectCode"), d.getInteger("fiscalYear"), d.getInteger("groups", 0),
                    d.getInteger("participants", 0)));
        }
        events.sort(Comparator.comparing(EventParticipation::eventId));
        return events;
    }
}
