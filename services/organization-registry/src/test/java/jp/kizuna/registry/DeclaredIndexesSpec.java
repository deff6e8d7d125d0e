package jp.kizuna.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import jp.kizuna.platform.persistence.DeclaredIndexes;
import jp.kizuna.platform.testing.DeclaredIndexChecks;
import jp.kizuna.platform.testing.TestSecurityConfiguration;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Once the registry has started, every index its documents declare exists: the platform creates them
 * (Spring Data's automatic index creation is off), among them the unique index on an API key's hash
 * that keeps two keys from ever sharing one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestSecurityConfiguration.class)
abstract class DeclaredIndexesSpec {

    @Autowired
    MongoTemplate mongo;

    @Autowired
    DeclaredIndexes declared;

    @Test
    void everyIndexTheDocumentsDeclareExistsOnceTheServiceHasStarted() {
        assertThat(DeclaredIndexChecks.names(mongo, declared)).contains("api_keys.secretSha256", "api_keys.organizationId");
        assertThat(DeclaredIndexChecks.missing(mongo, declared)).isEmpty();
    }

    @Test
    void twoApiKeysCannotShareAHash() {
        String hash = UUID.randomUUID().toString();
        var keys = mongo.getCollection("api_keys");
        keys.insertOne(new Document("_id", "first-" + hash).append("secretSha256", hash));

        assertThatThrownBy(() -> keys.insertOne(new Document("_id", "second-" + hash).append("secretSha256", hash)))
                .isInstanceOfSatisfying(MongoWriteException.class,
                        refused -> assertThat(ErrorCategory.fromErrorCode(refused.getCode())).isEqualTo(ErrorCategory.DUPLICATE_KEY));
        assertThat(keys.countDocuments(new Document("secretSha256", hash))).isEqualTo(1);
    }
}
