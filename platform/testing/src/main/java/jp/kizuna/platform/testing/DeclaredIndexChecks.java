package jp.kizuna.platform.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jp.kizuna.platform.persistence.DeclaredIndexes;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexDefinition;

/**
 * Compares the indexes a service's documents declare with the ones its database has: each declared
 * index must exist under its name, on the same keys in the same order and directions, unique where
 * declared unique, and expiring documents after the declared time where it declares one (a TTL index).
 * mongo-java-server lists every index it was asked for, but builds only {@code _id} and unique ones
 * and expires nothing: there the check shows that the platform asked, on MongoDB that the index is there.
 */
public final class DeclaredIndexChecks {

    private DeclaredIndexChecks() {
    }

    /** What is missing or different, one line per declared index; empty when the database has every one. */
    public static List<String> missing(MongoTemplate mongo, DeclaredIndexes declared) {
        List<String> missing = new ArrayList<>();
        declared.declared().forEach((type, indexes) -> {
            String collection = mongo.getCollectionName(type);
            List<Document> existing = mongo.getCollection(collection).listIndexes().into(new ArrayList<>());
            for (IndexDefinition index : indexes) {
                String name = index.getIndexOptions().getString("name");
                Document found = existing.stream().filter(candidate -> Objects.equals(candidate.getString("name"), name))
                        .findFirst().orElse(null);
                String mismatch = found == null ? "does not exist" : mismatch(index, found);
                if (mismatch != null) {
                    missing.add(collection + "." + name + " " + index.getIndexKeys().toJson() + ": " + mismatch);
                }
            }
        });
        return missing;
    }

    /** Every declared index by collection and name ({@code api_keys.secretSha256}), to say which ones were checked. */
    public static List<String> names(MongoTemplate mongo, DeclaredIndexes declared) {
        List<String> names = new ArrayList<>();
        declared.declared().forEach((type, indexes) -> indexes.forEach(index ->
                names.add(mongo.getCollectionName(type) + "." + index.getIndexOptions().getString("name"))));
        return names;
    }

    private static String mismatch(IndexDefinition declared, Document found) {
        List<String> declaredKeys = keys(declared.getIndexKeys());
        List<String> foundKeys = keys(found.get("key", Document.class));
        if (!declaredKeys.equals(foundKeys)) {
            return "has the keys " + foundKeys;
        }
        boolean unique = Boolean.TRUE.equals(declared.getIndexOptions().get("unique"));
        if (unique != Boolean.TRUE.equals(found.get("unique"))) {
            return unique ? "is not unique" : "is unique";
        }
        Object ttl = declared.getIndexOptions().get("expireAfterSeconds");
        Object foundTtl = found.get("expireAfterSeconds");
        if (ttl != null && (foundTtl == null || ((Number) ttl).longValue() != ((Number) foundTtl).longValue())) {
            return foundTtl == null ? "does not expire documents" : "expires after " + foundTtl + " s";
        }
        return null;
    }

    /** The keys in their order with their direction ({@code event.eventId:1}); numbers as integers. */
    private static List<String> keys(Document keys) {
        List<String> listed = new ArrayList<>();
        for (Map.Entry<String, Object> key : keys.entrySet()) {
            Object value = key.getValue() instanceof Number number ? number.intValue() : key.getValue();
            listed.add(key.getKey() + ":" + value);
        }
        return listed;
    }
}
