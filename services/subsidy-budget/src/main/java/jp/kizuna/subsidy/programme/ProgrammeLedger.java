package jp.kizuna.subsidy.programme;

import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Takes approved amounts out of a programme's envelope. Each approval is one conditional update of
 * the programme document: it succeeds only while enough remains (and a slot is left, where the
 * programme caps approvals) and only once per application. A single-document atomic update keeps
 * the envelope exact under any number of simultaneous approvals, on a replica set and on
 * mongo-java-server alike.
 */
@Component
public class ProgrammeLedger {

    private final MongoTemplate mongo;

    ProgrammeLedger(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public enum Outcome { RESERVED, ALREADY_RESERVED, INSUFFICIENT }

    public Outcome reserve(SubsidyProgramme programme, String applicationId, long amount) {
        String entry = "approvals." + applicationId;
        Criteria affordable = Criteria.where("_id").is(programme.id()).and("remaining").gte(amount).and(entry).exists(false);
        Update take = new Update().inc("remaining", -amount).set(entry, amount).inc("version", 1);
        if (programme.applicationCap() != null) {
            affordable = affordable.and("slotsLeft").gte(1);
            take = take.inc("slotsLeft", -1);
        }
        Object updated = mongo.findAndModify(Query.query(affordable), take, FindAndModifyOptions.options().returnNew(true),
                SubsidyProgramme.class);
        if (updated != null) {
            return Outcome.RESERVED;
        }
        boolean reservedBefore = mongo.exists(Query.query(Criteria.where("_id").is(programme.id()).and(entry).exists(true)),
                SubsidyProgramme.class);
        return reservedBefore ? Outcome.ALREADY_RESERVED : Outcome.INSUFFICIENT;
    }
}
