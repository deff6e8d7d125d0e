package jp.kizuna.events;

import static org.assertj.core.api.Assertions.assertThat;

import jp.kizuna.platform.persistence.DeclaredIndexes;
import jp.kizuna.platform.testing.DeclaredIndexChecks;
import jp.kizuna.platform.testing.TestSecurityConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Once the events service has started, every index its documents declare exists, created by the
 * platform (Spring Data's automatic index creation is off): the events' lists, the rosters and a
 * person's one registration per event, and the webhooks' queues with the TTL indexes that end
 * deliveries and their log after the retention.
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
        assertThat(DeclaredIndexChecks.names(mongo, declared)).contains(
                "community_events.sortKey", "community_events.organizerId",
                "registrations.event_person", "registrations.subject_requested",
                "webhook_subscriptions.organizationId",
                "webhook_deliveries.due", "webhook_deliveries.expiry",
                "webhook_attempts.delivery_at", "webhook_attempts.expiry");
        assertThat(DeclaredIndexChecks.missing(mongo, declared)).isEmpty();
    }
}
