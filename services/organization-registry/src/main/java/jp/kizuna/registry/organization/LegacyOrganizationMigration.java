package jp.kizuna.registry.organization;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import jp.kizuna.platform.text.JapaneseSearchText;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Brings organizations stored by the walking skeleton (flat name, kind, districts and founding
 * date) into the current shape at start-up, so a register kept across the upgrade stays readable.
 * Each document is replaced only if it is still the version read; a replica migrating the same
 * document at the same time changes nothing twice. Outbox, sequence and version are kept.
 */
@Component
@Order(0)
class LegacyOrganizationMigration implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(LegacyOrganizationMigration.class);
    private static final String COLLECTION = "organizations";

    private final MongoTemplate mongo;

    LegacyOrganizationMigration(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<Document> legacy = mongo.find(Query.query(Criteria.where("registration").exists(false)), Document.class,
                COLLECTION);
        int migrated = 0;
        for (Document old : legacy) {
            Query unchanged = Query.query(Criteria.where("_id").is(old.get("_id")).and("registration").exists(false));
            if (mongo.findAndReplace(unchanged, migrate(old), COLLECTION) != null) {
                migrated++;
            }
        }
        if (migrated > 0) {
            log.info("Migrated {} organization(s) from the walking-skeleton shape", migrated);
        }
    }

    static Document migrate(Document old) {
        String name = old.getString("name");
        String kana = old.getString("nameKana");
        String english = old.getString("nameEn");
        Object registeredAt = old.get("registeredAt");
        Document registration = new Document("kind", old.getString("kind"))
                .append("districts", old.getList("districts", String.class, List.of()))
                .append("legalForm", LegalForm.VOLUNTARY_ASSOCIATION.name());
        if (old.get("foundedOn") instanceof Date founded) {
            LocalDate day = LocalDate.ofInstant(founded.toInstant(), ZoneId.systemDefault());
            registration.append("foundedOn", new Document("value", day.toString()));
        }
        Document migrated = new Document("_id", old.get("_id"))
                .append("name", new Document("name", name).append("nameKana", kana).append("nameEn", english))
                .append("formerNames", List.of())
                .append("registration", registration)
                .append("status", old.getString("status"))
                .append("profile", new Document("constituentBodies", List.of()).append("officers", List.of())
                        .append("milestones", List.of()))
                .append("activities", List.of())
                .append("links", List.of())
                .append("stageChanges", List.of())
                .append("visions", List.of())
                .append("facilityContracts", List.of())
                .append("registeredAt", registeredAt)
                .append("updatedAt", registeredAt)
                .append("searchText", String.join("|", JapaneseSearchText.fold(name), JapaneseSearchText.fold(kana),
                        JapaneseSearchText.fold(english)))
                .append("history", List.of(new Document("version", 0L)
                        .append("at", registeredAt == null ? Date.from(Instant.EPOCH) : registeredAt)
                        .append("by", "migration").append("action", "registered").append("changes", List.of())))
                .append("version", old.get("version"))
                .append("eventSequence", old.get("eventSequence"))
                .append("outbox", old.get("outbox", List.of()));
        if (old.containsKey("_class")) {
            migrated.append("_class", old.get("_class"));
        }
        return migrated;
    }
}
