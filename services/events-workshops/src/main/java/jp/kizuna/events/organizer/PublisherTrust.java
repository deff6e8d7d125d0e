package jp.kizuna.events.organizer;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jp.kizuna.platform.security.Actor;
import jp.kizuna.platform.security.CityStaffOnly;
import jp.kizuna.platform.security.CurrentCaller;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Which partner organizations the city trusts to publish without moderation. Untrusted is the
 * default: a partner's events wait for a city moderator until the city marks it trusted.
 */
@Service
public class PublisherTrust {

    static final String COLLECTION = "trusted_publishers";

    /**
     * The city's decision on one organization.
     *
     * @param decidedBy     the subject of the staff member who decided
     * @param decidedByName whom people see: the display name, or {@code decidedBy} (also for decisions kept before
     *                      display names were)
     */
    public record Decision(String organizationId, boolean trusted, String note,
                           @Schema(description = "Subject of the staff member who decided: a person's account id (opaque), or a machine client's id")
                           String decidedBy,
                           @Schema(description = "Who decided as people read it: the display name, or `decidedBy` for a machine caller and for decisions made before display names were kept. Never an e-mail address.", example = "鈴木 誠（地域づくり課）")
                           String decidedByName,
                           Instant decidedAt) {

        public Decision {
            decidedByName = Actor.nameOr(decidedByName, decidedBy);
        }
    }

    private final MongoTemplate mongo;
    private final Clock clock;

    PublisherTrust(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    public boolean trusts(String organizationId) {
        return organizationId != null && mongo.exists(Query.query(Criteria.where("_id").is(organizationId)
                .and("trusted").is(true)), COLLECTION);
    }

    @CityStaffOnly
    public Decision decide(String organizationId, boolean trusted, String note) {
        Actor by = CurrentCaller.current().actor();
        Decision decision = new Decision(organizationId, trusted, note, by.subject(), by.name(), clock.instant());
        mongo.upsert(Query.query(Criteria.where("_id").is(organizationId)), new Update()
                .set("trusted", trusted).set("note", note).set("decidedBy", decision.decidedBy())
                .set("decidedByName", decision.decidedByName()).set("decidedAt", decision.decidedAt()), COLLECTION);
        return decision;
    }

    @CityStaffOnly
    public List<Decision> decisions() {
        return mongo.findAll(Document.class, COLLECTION).stream()
                .map(d -> new Decision(d.getString("_id"), Boolean.TRUE.equals(d.getBoolean("trusted")), d.getString("note"),
                        d.getString("decidedBy"), d.getString("decidedByName"), d.getDate("decidedAt").toInstant()))
                .toList();
    }
}
