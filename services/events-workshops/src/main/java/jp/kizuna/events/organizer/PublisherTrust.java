package jp.kizuna.events.organizer;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jp.kizuna.platform.security.CurrentCaller;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Which partner organizations the city trusts to publish without moderation. Untrusted is the
 * default: a partner's events wait for a city moderator until the city marks it trusted.
 */
@Service
public class PublisherTrust {

    static final String COLLECTION = "trusted_publishers";

    /** The city's decision on one organization. */
    public record Decision(String organizationId, boolean trusted, String note, String decidedBy, Instant decidedAt) {
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

    @PreAuthorize("hasAnyRole('city-staff', 'city-admin')")
    public Decision decide(String organizationId, boolean trusted, String note) {
        Decision decision = new Decision(organizationId, trusted, note, CurrentCaller.current().subject(), clock.instant());
        mongo.upsert(Query.query(Criteria.where("_id").is(organizationId)), new Update()
                .set("trusted", trusted).set("note", note).set("decidedBy", decision.decidedBy())
                .set("decidedAt", decision.decidedAt()), COLLECTION);
        return decision;
    }

    @PreAuthorize("hasAnyRole('city-staff', 'city-admin')")
    public List<Decision> decisions() {
        return mongo.findAll(Document.class, COLLECTION).stream()
                .map(d -> new Decision(d.getString("_id"), Boolean.TRUE.equals(d.getBoolean("trusted")), d.getString("note"),
                        d.getString("decidedBy"), d.getDate("decidedAt").toInstant()))
                .toList();
    }
}
