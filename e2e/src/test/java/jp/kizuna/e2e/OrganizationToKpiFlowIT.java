package jp.kizuna.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jp.kizuna.localstack.LocalStack;
import jp.kizuna.platform.contracts.Topics;
import jp.kizuna.platform.testing.ApiClient;
import jp.kizuna.platform.testing.TestEventPublisher;
import jp.kizuna.platform.testing.TopicProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The walking skeleton's proof: an organization registered at the gateway reaches the KPI
 * service through Kafka and changes 地域づくり活動組織数, also when the broker dies between the
 * write and its publication, and exactly once when the event is delivered twice.
 */
@ExtendWith(RunningStack.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OrganizationToKpiFlowIT {

    static final String LIVE = "/api/kpi/indicators/active-community-organizations/live";
    static final Duration PROPAGATION = Duration.ofSeconds(30);

    final ApiClient gateway = RunningStack.gateway();

    long liveValue() {
        ApiClient.Response response = gateway.get(LIVE);
        assertThat(response.status()).isEqualTo(200);
        return response.json().get("value").asLong();
    }

    String register(String name) {
        ApiClient.Response created = gateway.post("/api/registry/organizations", RunningStack.token("city-staff"), """
                {"name": "%s", "nameKana": "いっきちくひとみそうぞうねっとわーく",
                 "kind": "REGIONAL_MANAGEMENT_ORGANIZATION", "districts": ["一箕"], "foundedOn": "2024-05-31"}
                """.formatted(name));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    @Test
    @Order(1)
    void registeringAnOrganizationThroughTheGatewayRaisesTheLiveKpi() {
        long before = liveValue();
        long written = System.nanoTime();

        register("一箕地区ひとみ創造ネットワーク");

        await().atMost(PROPAGATION).pollInterval(Duration.ofMillis(50))
                .untilAsserted(() -> assertThat(liveValue()).isEqualTo(before + 1));
        System.out.printf("registry → KPI propagation through the gateway: %d ms%n",
                (System.nanoTime() - written) / 1_000_000);
    }

    @Test
    @Order(2)
    void aWriteAcceptedWhileKafkaIsDownIsPublishedWhenKafkaIsBack() {
        LocalStack stack = RunningStack.stack();
        long before = liveValue();

        stack.component(LocalStack.KAFKA).kill();
        register("北会津地域づくり委員会");
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(liveValue()).isEqualTo(before));

        stack.restart(LocalStack.KAFKA);

        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> assertThat(liveValue()).isEqualTo(before + 1));
    }

    @Test
    @Order(3)
    void aRedeliveredEventIsAppliedOnce() {
        String bootstrap = RunningStack.stack().settings().kafkaBootstrapServers();
        long before = liveValue();
        String id = register("河東地域づくり委員会");
        await().atMost(PROPAGATION).pollInterval(Duration.ofMillis(50))
                .untilAsserted(() -> assertThat(liveValue()).isEqualTo(before + 1));
        long afterFirstDelivery = before + 1;

        try (TopicProbe probe = new TopicProbe(bootstrap, Topics.REGISTRY_ORGANIZATION);
             TestEventPublisher publisher = new TestEventPublisher(bootstrap, "/kizuna/e2e")) {
            List<ConsumerRecord<String, byte[]>> published = probe.await(r -> id.equals(r.key()), 1, PROPAGATION);
            assertThat(published).hasSize(1);
            ConsumerRecord<String, byte[]> original = published.getFirst();
            publisher.send(new ProducerRecord<>(original.topic(), null, original.key(), original.value(),
                    original.headers()));
        }

        await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(15))
                .untilAsserted(() -> assertThat(liveValue()).isEqualTo(afterFirstDelivery));
    }

    @Test
    @Order(4)
    void aWriteWithoutATokenIsUnauthorizedAndWithTheWrongRoleForbiddenBothAsProblems() {
        String body = "{\"name\": \"x\", \"nameKana\": \"えっくす\", \"kind\": \"NPO_PARTNER\", \"districts\": [\"湊\"]}";

        ApiClient.Response anonymous = gateway.post("/api/registry/organizations", null, body);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.isProblem()).isTrue();
        assertThat(anonymous.json().get("type").asString()).isEqualTo("urn:kizuna:problem:unauthorized");

        ApiClient.Response resident = gateway.post("/api/registry/organizations", RunningStack.token("resident"), body);
        assertThat(resident.status()).isEqualTo(403);
        assertThat(resident.isProblem()).isTrue();
        assertThat(resident.json().get("type").asString()).isEqualTo("urn:kizuna:problem:forbidden");

        ApiClient.Response partner = gateway.post("/api/registry/organizations",
                RunningStack.token("partner", UUID.randomUUID().toString()), body);
        assertThat(partner.status()).isEqualTo(403);
    }

    @Test
    @Order(5)
    void everyServiceIsHealthyBehindTheGateway() {
        for (var component : RunningStack.stack().components()) {
            assertThat(component.isReady()).as(component.name()).isTrue();
        }
        ApiClient.Response unknown = gateway.get("/api/nowhere");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.isProblem()).isTrue();
    }
}
