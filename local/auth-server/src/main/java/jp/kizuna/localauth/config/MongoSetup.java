package jp.kizuna.localauth.config;

import org.bson.Document;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/**
 * The issuer's database ({@code kizuna_auth}): its indexes, created at start before anything is served, and
 * its health by {@code ping} (Boot's own indicator asks {@code hello}, which mongo-java-server does not
 * answer).
 */
@Component("mongoHealthIndicator")
class MongoSetup extends AbstractHealthIndicator implements SmartInitializingSingleton {

    private final MongoTemplate mongo;

    MongoSetup(MongoTemplate mongo) {
        super("MongoDB health check failed");
        this.mongo = mongo;
    }

    @Override
    public void afterSingletonsInstantiated() {
        mongo.indexOps("accounts").createIndex(new Index().on("email", Sort.Direction.ASC).unique());
        mongo.indexOps("accounts").createIndex(new Index().on("createdAt", Sort.Direction.DESC));
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Document answer = mongo.executeCommand(new Document("ping", 1));
        builder.up().withDetail("database", mongo.getDb().getName()).withDetail("ping", answer.get("ok"));
    }
}
