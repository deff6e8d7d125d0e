package jp.kizuna.kpi.organizations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import jp.kizuna.platform.contracts.EventTypes;
import jp.kizuna.platform.contracts.Topics;
import jp.kizuna.platform.events.CloudEventCodec;
import jp.kizuna.platform.events.OutboxEvent;
import jp.kizuna.platform.kafka.DeadLetterTopic;
import jp.kizuna.platform.testing.ApiClient;
import jp.kizuna.platform.testing.ConsumerLag;
import jp.kizuna.platform.testing.TestEventPublisher;
import jp.kizuna.platform.testing.TestSecurityConfiguration;
import jp.kizuna.platform.testing.TopicProbe;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The live value of 地域づくり活動組織数 follows the registry's events: each organization counts
 * once however often its event is delivered, and a record that cannot be read goes to the
 * dead-letter topic without holding up the ones after it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestSecurityConfiguration.class)
abstract class ActiveOrganizationsFollowRegistrySpec {

    static final String LIVE = "/api/kpi/indicators/active-community-organizations/live";

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Value("${spring.kafka.consumer.group-id}")
    String groupId;

    @Autowired
    DeadLetterTopic deadLetterTopic;

    ApiClient api;
    TestEventPublisher registry;

    @BeforeEach
    void setUp() {
        api = new ApiClient("http://localhost:" + port);
        registry = new TestEventPublisher(bootstrapServers, "/kizuna/organization-registry")
                .ensureTopic(Topics.REGISTRY_ORGANIZATION);
        ConsumerLag.awaitCaughtUp(bootstrapServers, groupId, Duration.ofSeconds(60), Topics.REGISTRY_ORGANIZATION);
    }

    @AfterEach
    void tearDown() {
        registry.close();
    }

    long liveValue() {
        ApiClient.Response response = api.get(LIVE);
        assertThat(response.status()).isEqualTo(200);
        return response.json().get("value").asLong();
    }

    static OutboxEvent registered(String id, String kind, long sequence) {
        return TestEventPublisher.event(Topics.REGISTRY_ORGANIZATION, EventTypes.ORGANIZATION_REGISTERED, id, sequence, """
                {"organizationId": "%s", "registeredAt": "2026-04-01T00:00:00Z",
                 "organization": {"id": "%s", "name": "河東地域づくり委員会", "kind": "%s", "districts": ["河東"],
                                  "status": "ACTIVE", "foundedOn": "2013-06-01", "someFieldAddedLater": 1}}
                """.formatted(id, id, kind));
    }

    @Test
    void aRegisteredRegionalManagementOrganizationRaisesTheLiveValue() {
        long before = liveValue();

        registry.publish(registered(UUID.randomUUID().toString(), "REGIONAL_MANAGEMENT_ORGANIZATION", 1));

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(liveValue()).isEqualTo(before + 1));
        ApiClient.Response response = api.get(LIVE);
        assertThat(response.json().get("name").asString()).isEqualTo("地域づくり活動組織数");
        assertThat(response.json().get("state").asString()).isEqualTo("PROVISIONAL");
        assertThat(response.json().get("source").asString()).isEqualTo("DERIVED");
        assertThat(response.json().get("fiscalYear").get("japaneseLabel").asString()).matches("令和\\d+年度");
    }

    @Test
    void otherKindsOfOrganizationDoNotCount() {
        String marker = UUID.randomUUID().toString();
        long before = liveValue();

        registry.publish(registered(UUID.randomUUID().toString(), "NEIGHBORHOOD_ASSOCIATION", 1));
        registry.publish(registered(marker, "REGIONAL_MANAGEMENT_ORGANIZATION", 1));

        // Same partition order is not guaranteed across keys, so wait for the marker and then check the sum.
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(liveValue()).isEqualTo(before + 1));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(liveValue()).isEqualTo(before + 1));
    }

    @Test
    void aRedeliveredEventIsAppliedOnce() {
        String id = UUID.randomUUID().toString();
        OutboxEvent event = registered(id, "REGIONAL_MANAGEMENT_ORGANIZATION", 1);
        long before = liveValue();

        registry.publish(event);
        registry.publish(event);
        registry.publish(event);

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(liveValue()).isEqualTo(before + 1));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(liveValue()).isEqualTo(before + 1));
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicAndThePartitionMovesOn() {
        String key = UUID.randomUUID().toString();
        long before = liveValue();

        registry.send(new ProducerRecord<>(Topics.REGISTRY_ORGANIZATION, key,
                "not a cloud event".getBytes(StandardCharsets.UTF_8)));
        registry.publish(registered(key, "REGIONAL_MANAGEMENT_ORGANIZATION", 1));

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(liveValue()).isEqualTo(before + 1));
        try (TopicProbe deadLetters = new TopicProbe(bootstrapServers, deadLetterTopic.name())) {
            assertThat(deadLetters.await(record -> key.equals(record.key()), 1, Duration.ofSeconds(20)))
                    .singleElement()
                    .satisfies(record -> {
                        assertThat(new String(record.value(), StandardCharsets.UTF_8)).isEqualTo("not a cloud event");
                        assertThat(record.headers().lastHeader("kafka_dlt-exception-fqcn")).isNotNull();
                    });
        }
    }

    @Test
    void anEventWhoseDataDoesNotFitGoesToTheDeadLetterTopic() {
        String key = UUID.randomUUID().toString();
        registry.publish(TestEventPublisher.event(Topics.REGISTRY_ORGANIZATION, EventTypes.ORGANIZATION_REGISTERED,
                key, 1, "{\"organizationId\": \"someone-else\", \"kind\": \"REGIONAL_MANAGEMENT_ORGANIZATION\"}"));

        try (TopicProbe deadLetters = new TopicProbe(bootstrapServers, deadLetterTopic.name())) {
            var records = deadLetters.await(record -> key.equals(record.key()), 1, Duration.ofSeconds(20));
            assertThat(records).hasSize(1);
            assertThat(CloudEventCodec.decode(records.getFirst()).type()).isEqualTo(EventTypes.ORGANIZATION_REGISTERED);
        }
    }
}
