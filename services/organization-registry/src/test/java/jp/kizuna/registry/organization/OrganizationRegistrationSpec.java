package jp.kizuna.registry.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import jp.kizuna.platform.contracts.EventTypes;
import jp.kizuna.platform.contracts.Topics;
import jp.kizuna.platform.events.CloudEventCodec;
import jp.kizuna.platform.events.ReceivedEvent;
import jp.kizuna.platform.testing.ApiClient;
import jp.kizuna.platform.testing.TestSecurityConfiguration;
import jp.kizuna.platform.testing.TestTokens;
import jp.kizuna.platform.testing.TopicProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/**
 * What registering an organization does, independent of where Kafka and MongoDB come from: the
 * local twin runs on an in-JVM broker and mongo-java-server, the container twin on real images.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestSecurityConfiguration.class)
abstract class OrganizationRegistrationSpec {

    static final String MINATO = """
            {"name": "NPO法人みんなと湊まちづくりネットワーク", "nameKana": "みんなとみなとまちづくりねっとわーく",
             "kind": "REGIONAL_MANAGEMENT_ORGANIZATION", "districts": ["湊"], "foundedOn": "2015-04-01"}
            """;

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient("http://localhost:" + port);
    }

    @Test
    void cityStaffRegisterAnOrganizationAndItsEventIsPublishedAsACloudEvent() {
        ApiClient.Response created = api.post("/api/registry/organizations", TestTokens.cityStaff(), MINATO);

        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(created.header("Location")).hasValue("/api/registry/organizations/" + id);
        assertThat(created.header("ETag")).hasValueSatisfying(tag -> assertThat(tag).startsWith("\"0."));
        assertThat(created.json().get("status").asString()).isEqualTo("ACTIVE");

        try (TopicProbe probe = new TopicProbe(bootstrapServers, Topics.REGISTRY_ORGANIZATION)) {
            List<ConsumerRecord<String, byte[]>> records = probe.await(r -> id.equals(r.key()), 1, Duration.ofSeconds(20));
            assertThat(records).hasSize(1);
            ReceivedEvent event = CloudEventCodec.decode(records.getFirst());
            assertThat(event.type()).isEqualTo(EventTypes.ORGANIZATION_REGISTERED);
            assertThat(event.subject()).isEqualTo(id);
            assertThat(event.source()).isEqualTo("/kizuna/organization-registry");
            assertThat(event.sequence()).isEqualTo(1);
            String data = new String(event.data(), StandardCharsets.UTF_8);
            assertThat(data).contains("\"organizationId\":\"" + id + "\"")
                    .contains("NPO法人みんなと湊まちづくりネットワーク")
                    .contains("\"kind\":\"REGIONAL_MANAGEMENT_ORGANIZATION\"");
        }
    }

    @Test
    void theEventCarriesTheTraceOfTheRequestThatRaisedItWithTheRegistryAsItsParent() {
        String gatewayHop = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        String id = api.post("/api/registry/organizations", TestTokens.cityStaff(), MINATO, Map.of("traceparent", gatewayHop))
                .json().get("id").asString();

        try (TopicProbe probe = new TopicProbe(bootstrapServers, Topics.REGISTRY_ORGANIZATION)) {
            ConsumerRecord<String, byte[]> record = probe.await(r -> id.equals(r.key()), 1, Duration.ofSeconds(20)).getFirst();
            String carried = new String(record.headers().lastHeader("traceparent").value(), StandardCharsets.US_ASCII);
            assertThat(carried).matches("00-4bf92f3577b34da6a3ce929d0e0e4736-[0-9a-f]{16}-01")
                    .isNotEqualTo(gatewayHop);
            assertThat(new String(record.headers().lastHeader("ce_traceparent").value(), StandardCharsets.US_ASCII))
                    .isEqualTo(carried);
        }
    }

    @Test
    void anyoneCanReadARegisteredOrganization() {
        String id = api.post("/api/registry/organizations", TestTokens.cityStaff(), MINATO).json().get("id").asString();

        ApiClient.Response read = api.get("/api/registry/organizations/" + id);

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("name").asString()).isEqualTo("NPO法人みんなと湊まちづくりネットワーク");
        assertThat(read.json().get("districts").get(0).asString()).isEqualTo("湊");
    }

    @Test
    void aHeadAnswersWithTheHeadersOfTheReadAndNoBody() {
        String id = api.post("/api/registry/organizations", TestTokens.cityStaff(), MINATO).json().get("id").asString();
        ApiClient.Response read = api.get("/api/registry/organizations/" + id);

        ApiClient.Response head = api.send("HEAD", "/api/registry/organizations/" + id, null, null, null);

        assertThat(head.status()).isEqualTo(200);
        assertThat(head.header("ETag")).isEqualTo(read.header("ETag"));
        assertThat(head.header("Cache-Control")).isEqualTo(read.header("Cache-Control"));
        assertThat(head.header("Content-Length")).hasValue(Integer.toString(read.body().getBytes(StandardCharsets.UTF_8).length));
        assertThat(head.body()).isEmpty();
    }

    @Test
    void aReadsETagFollowsItsBodyAndAnsweredIfNoneMatchWith304() {
        String id = api.post("/api/registry/organizations", TestTokens.cityStaff(), MINATO).json().get("id").asString();
        String path = "/api/registry/organizations/" + id;
        ApiClient.Response first = api.get(path);
        String tag = first.header("ETag").orElseThrow();

        assertThat(tag).startsWith("\"0.").doesNotStartWith("W/");
        assertThat(api.get(path).header("ETag")).hasValue(tag);
        assertThat(first.header("Cache-Control")).hasValue("public, max-age=60");
        assertThat(api.get(path, TestTokens.cityStaff()).header("Cache-Control")).hasValue("private, no-store");
        ApiClient.Response unchanged = api.getIfNoneMatch(path, null, tag);
        assertThat(unchanged.status()).isEqualTo(304);
        assertThat(unchanged.body()).isEmpty();

        ApiClient.Response changed = api.put(path + "/profile", TestTokens.cityStaff(), "{\"memberCount\": 31}", tag);
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.header("ETag")).hasValueSatisfying(written -> assertThat(written).startsWith("\"1."));
        ApiClient.Response reread = api.getIfNoneMatch(path, null, tag);
        assertThat(reread.status()).isEqualTo(200);
        String newTag = reread.header("ETag").orElseThrow();
        assertThat(newTag).startsWith("\"1.").isNotEqualTo(tag);
        assertThat(api.getIfNoneMatch(path, null, newTag).status()).isEqualTo(304);
    }

    @Test
    void aWeakETagNeverSatisfiesIfMatch() {
        String id = api.post("/api/registry/organizations", TestTokens.cityStaff(), MINATO).json().get("id").asString();
        String tag = api.get("/api/registry/organizations/" + id).header("ETag").orElseThrow();

        ApiClient.Response weak = api.put("/api/registry/organizations/" + id + "/profile", TestTokens.cityStaff(),
                "{\"memberCount\": 31}", "W/" + tag);

        assertThat(weak.status()).isEqualTo(412);
        assertThat(weak.isProblem()).isTrue();
        assertThat(api.get("/api/registry/organizations/" + id).header("ETag")).hasValue(tag);
    }

    @Test
    void registeringWithoutATokenIsUnauthorizedAsAProblem() {
        ApiClient.Response response = api.post("/api/registry/organizations", null, MINATO);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.json().get("type").asString()).isEqualTo("urn:kizuna:problem:unauthorized");
        assertThat(response.header("WWW-Authenticate")).hasValueSatisfying(h -> assertThat(h).startsWith("Bearer"));
    }

    @Test
    void aResidentMayNotRegisterOrganizations() {
        ApiClient.Response response = api.post("/api/registry/organizations", TestTokens.resident(), MINATO);

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.json().get("type").asString()).isEqualTo("urn:kizuna:problem:forbidden");
    }

    @Test
    void aResidentIsForbiddenEvenBeforeTheBodyIsValidated() {
        ApiClient.Response response = api.post("/api/registry/organizations", TestTokens.resident(), "{}");

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.isProblem()).isTrue();
    }

    @Test
    void invalidFieldsAreListedInTheProblem() {
        ApiClient.Response response = api.post("/api/registry/organizations", TestTokens.cityStaff(), """
                {"name": "", "nameKana": "Minato", "districts": [""]}
                """);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.isProblem()).isTrue();
        JsonNode errors = response.json().get("errors");
        assertThat(errors.valueStream().map(e -> e.get("field").asString()))
                .containsExactlyInAnyOrder("name", "nameKana", "kind", "districts[0]");
    }

    @Test
    void malformedJsonIsABadRequestWithoutStackTrace() {
        ApiClient.Response response = api.post("/api/registry/organizations", TestTokens.cityStaff(), "{\"name\": ");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.json().get("type").asString()).isEqualTo("urn:kizuna:problem:malformed-request");
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void theServiceIsReadyWhenItsDatabaseAnswers() {
        ApiClient.Response readiness = api.get("/actuator/health/readiness");

        assertThat(readiness.status()).isEqualTo(200);
        assertThat(readiness.json().get("status").asString()).isEqualTo("UP");
    }

    @Test
    void theOpenApiDocumentDescribesRegistrationWithItsTokenAndProblems() {
        ApiClient.Response document = api.get("/v3/api-docs");

        assertThat(document.status()).isEqualTo(200);
        JsonNode post = document.json().get("paths").get("/api/registry/organizations").get("post");
        assertThat(post.get("security").toString()).contains("bearer");
        assertThat(post.get("responses").get("401").get("content").has("application/problem+json")).isTrue();
        assertThat(post.get("responses").get("400")).isNotNull();
        assertThat(document.json().get("components").get("schemas").has("Problem")).isTrue();
    }

    @Test
    void theOpenApiDocumentNamesTheGatewayAsItsOnlyServerAndLeavesTheErrorPathOut() {
        JsonNode document = api.get("/v3/api-docs").json();

        assertThat(document.get("servers")).singleElement()
                .satisfies(server -> assertThat(server.get("url").asString()).isEqualTo("http://localhost:8080"));
        assertThat(document.get("paths").has("/error")).isFalse();
    }

    @Test
    void unknownPathsWrongMethodsAndMediaTypesAnswerWithProblems() {
        ApiClient.Response unknown = api.get("/api/registry/nothing-here");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.isProblem()).isTrue();

        ApiClient.Response unknownId = api.get("/api/registry/organizations/no-such-id");
        assertThat(unknownId.status()).isEqualTo(404);
        assertThat(unknownId.json().get("type").asString()).isEqualTo("urn:kizuna:problem:not-found");

        ApiClient.Response wrongMethod = api.send("DELETE", "/api/registry/organizations", TestTokens.cityStaff(), null, null);
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.isProblem()).isTrue();

        ApiClient.Response wrongType = api.send("POST", "/api/registry/organizations", TestTokens.cityStaff(),
                "text/plain", "hello");
        assertThat(wrongType.status()).isEqualTo(415);
        assertThat(wrongType.isProblem()).isTrue();
    }
}
