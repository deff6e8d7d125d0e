package jp.kizuna.registry.apikey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jp.kizuna.platform.contracts.ApiKeys;
import jp.kizuna.platform.contracts.EventTypes;
import jp.kizuna.platform.contracts.Topics;
import jp.kizuna.platform.events.CloudEventCodec;
import jp.kizuna.platform.events.ReceivedEvent;
import jp.kizuna.platform.contracts.Roles;
import jp.kizuna.platform.testing.ApiClient;
import jp.kizuna.platform.testing.TestSecurityConfiguration;
import jp.kizuna.platform.testing.TestTokens;
import jp.kizuna.platform.testing.TopicProbe;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * City staff issue API keys for partner organizations, see them listed without the secret, and revoke
 * them; every change is published with the key's hash for the gateways to read. Dissolving an
 * organization revokes its keys, also when the registry stopped between the two.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "kizuna.registry.api-keys.reconcile-interval=PT1S")
@Import(TestSecurityConfiguration.class)
abstract class ApiKeySpec {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Autowired
    MongoTemplate mongo;

    ApiClient api;
    String partner;

    @BeforeEach
    void partnerOrganization() {
        api = new ApiClient("http://localhost:" + port);
        ApiClient.Response created = api.post("/api/registry/organizations", TestTokens.cityStaff(), """
                {"name": "NPO会津まちづくりネット%s", "nameKana": "えぬぴーおーあいづ", "kind": "NPO_PARTNER",
                 "districts": ["一箕"]}""".formatted(UUID.randomUUID().toString().substring(0, 6)));
        assertThat(created.status()).isEqualTo(201);
        partner = created.json().get("id").asString();
    }

    ApiClient.Response issue(String token) {
        return api.post(keys(), token, """
                {"label": "イベント連携 (event feed)", "scopes": ["EVENTS_PUBLISH"]}""");
    }

    String keys() {
        return "/api/registry/organizations/" + partner + "/api-keys";
    }

    @Test
    void theKeyIsShownOnceAndOnlyItsHashIsPublished() {
        ApiClient.Response issued = issue(TestTokens.cityStaff());

        assertThat(issued.status()).isEqualTo(201);
        String key = issued.json().get("key").asString();
        String keyId = issued.json().get("apiKey").get("id").asString();
        assertThat(key).startsWith("kzn_" + keyId + "_").hasSizeGreaterThan(50);
        assertThat(issued.json().get("usage").asString()).isEqualTo("Authorization: ApiKey " + key);
        ApiClient.Response listed = api.get(keys(), TestTokens.cityStaff());
        assertThat(listed.status()).isEqualTo(200);
        String secret = key.substring(("kzn_" + keyId + "_").length());
        assertThat(listed.body()).doesNotContain(secret);
        assertThat(listed.json().get(0).get("prefix").asString()).isEqualTo("kzn_" + keyId + "_");
        assertThat(listed.json().get(0).get("status").asString()).isEqualTo("ACTIVE");
        try (TopicProbe probe = new TopicProbe(bootstrapServers, Topics.REGISTRY_API_KEY)) {
            ReceivedEvent event = CloudEventCodec.decode(probe.await(r -> keyId.equals(r.key()), 1, Duration.ofSeconds(20)).get(0));
            assertThat(event.type()).isEqualTo(EventTypes.API_KEY_ISSUED);
            JsonNode data = JSON.readTree(event.data());
            assertThat(data.get("apiKey").get("secretSha256").asString()).isEqualTo(ApiKeys.hash(key));
            assertThat(data.get("apiKey").get("organizationId").asString()).isEqualTo(partner);
            assertThat(data.get("apiKey").get("scopes").get(0).asString()).isEqualTo("events:publish");
            assertThat(new String(event.data())).doesNotContain(key);
        }
    }

    @Test
    void aRevocationWhoseReasonIsNoJsonIsRefusedAndTheKeyStaysActive() {
        String keyId = issue(TestTokens.cityStaff()).json().get("apiKey").get("id").asString();

        ApiClient.Response plain = api.send("DELETE", keys() + "/" + keyId, TestTokens.cityStaff(), "text/plain",
                "契約終了");

        assertThat(plain.status()).as(plain.body()).isEqualTo(415);
        assertThat(plain.isProblem()).isTrue();
        assertThat(api.get(keys() + "/" + keyId, TestTokens.cityStaff()).json().get("status").asString()).isEqualTo("ACTIVE");
    }

    @Test
    void aRevokedKeyIsPublishedAsRevokedOnceEvenWhenRevokedTwice() {
        String keyId = issue(TestTokens.cityStaff()).json().get("apiKey").get("id").asString();

        ApiClient.Response revoked = api.send("DELETE", keys() + "/" + keyId, TestTokens.cityStaff(), "application/json",
                "{\"reason\": \"契約終了 (contract ended)\"}");
        ApiClient.Response again = api.send("DELETE", keys() + "/" + keyId, TestTokens.cityStaff(), null, null);

        assertThat(revoked.status()).isEqualTo(200);
        assertThat(revoked.json().get("status").asString()).isEqualTo("REVOKED");
        assertThat(revoked.json().get("revocationReason").asString()).isEqualTo("契約終了 (contract ended)");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("revokedAt").asString()).isEqualTo(revoked.json().get("revokedAt").asString());
        try (TopicProbe probe = new TopicProbe(bootstrapServers, Topics.REGISTRY_API_KEY)) {
            List<ReceivedEvent> events = probe.await(r -> keyId.equals(r.key()), 2, Duration.ofSeconds(20)).stream()
                    .map(CloudEventCodec::decode).toList();
            assertThat(events).extracting(ReceivedEvent::type)
                    .containsExactly(EventTypes.API_KEY_ISSUED, EventTypes.API_KEY_REVOKED);
            assertThat(JSON.readTree(events.get(1).data()).get("apiKey").get("status").asString()).isEqualTo("REVOKED");
        }
    }

    @Test
    void theKeysShowWhoIssuedAndRevokedThemByDisplayNameAndTheEventsOnlyTheSubject() {
        String issuer = TestTokens.forPerson(Roles.CITY_STAFF, null, "staff-7d41a9b3", "鈴木 誠（地域づくり課）");
        String revoker = TestTokens.forPerson(Roles.CITY_ADMIN, null, "admin-41a9b37d", "佐藤 直子（情報政策課）");
        String keyId = issue(issuer).json().get("apiKey").get("id").asString();

        JsonNode revoked = api.send("DELETE", keys() + "/" + keyId, revoker, null, null).json();

        assertThat(revoked.get("issuedBy").asString()).isEqualTo("staff-7d41a9b3");
        assertThat(revoked.get("issuedByName").asString()).isEqualTo("鈴木 誠（地域づくり課）");
        assertThat(revoked.get("revokedBy").asString()).isEqualTo("admin-41a9b37d");
        assertThat(revoked.get("revokedByName").asString()).isEqualTo("佐藤 直子（情報政策課）");
        try (TopicProbe probe = new TopicProbe(bootstrapServers, Topics.REGISTRY_API_KEY)) {
            List<ReceivedEvent> events = probe.await(r -> keyId.equals(r.key()), 2, Duration.ofSeconds(20)).stream()
                    .map(CloudEventCodec::decode).toList();
            assertThat(JSON.readTree(events.get(0).data()).get("issuedBy").asString()).isEqualTo("staff-7d41a9b3");
            assertThat(events).allSatisfy(event -> assertThat(new String(event.data())).doesNotContain("鈴木", "佐藤"));
        }
    }

    @Test
    void dissolvingAnOrganizationRevokesItsActiveKeysAndTheAnswerSaysWhich() {
        String active = issue(TestTokens.cityStaff()).json().get("apiKey").get("id").asString();
        String revokedBefore = issue(TestTokens.cityStaff()).json().get("apiKey").get("id").asString();
        api.send("DELETE", keys() + "/" + revokedBefore, TestTokens.cityStaff(), null, null);
        String etag = api.get("/api/registry/organizations/" + partner).header("ETag").orElseThrow();

        ApiClient.Response dissolved = api.send("POST", "/api/registry/organizations/" + partner + "/dissolution",
                TestTokens.cityStaff(), "application/json", "{\"dissolvedOn\": \"2026-03-31\", \"reason\": \"活動終了\"}", etag);

        assertThat(dissolved.status()).as(dissolved.body()).isEqualTo(200);
        assertThat(dissolved.json().get("id").asString()).isEqualTo(partner);
        assertThat(dissolved.json().get("status").asString()).isEqualTo("DISSOLVED");
        assertThat(dissolved.json().get("apiKeys").get("revoked").toString()).isEqualTo("[\"" + active + "\"]");
        assertThat(dissolved.json().get("apiKeys").get("complete").asBoolean()).isTrue();
        JsonNode key = api.get(keys() + "/" + active, TestTokens.cityStaff()).json();
        assertThat(key.get("status").asString()).isEqualTo("REVOKED");
        assertThat(key.get("revokedBy").asString()).isEqualTo("test-city-staff");
        assertThat(key.get("revocationReason").asString()).isEqualTo("組織の解散 (organization dissolved)");
        try (TopicProbe probe = new TopicProbe(bootstrapServers, Topics.REGISTRY_API_KEY)) {
            List<ReceivedEvent> events = probe.await(r -> active.equals(r.key()), 2, Duration.ofSeconds(20)).stream()
                    .map(CloudEventCodec::decode).toList();
            assertThat(events).extracting(ReceivedEvent::type)
                    .containsExactly(EventTypes.API_KEY_ISSUED, EventTypes.API_KEY_REVOKED);
            assertThat(JSON.readTree(events.get(1).data()).get("apiKey").get("status").asString()).isEqualTo("REVOKED");
        }
    }

    @Test
    void keysLeftActiveByAStopBetweenTheDissolutionAndTheRevocationsAreRevokedByTheRegistryItself() {
        String keyId = issue(TestTokens.cityStaff()).json().get("apiKey").get("id").asString();
        // what a registry that stopped right after saving the dissolution leaves behind
        mongo.updateFirst(Query.query(Criteria.where("_id").is(partner)), Update.update("status", "DISSOLVED")
                .set("updatedAt", Instant.now().minus(Duration.ofMinutes(1))), "organizations");

        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).until(() ->
                api.get(keys() + "/" + keyId, TestTokens.cityStaff()).json().get("status").asString().equals("REVOKED"));

        JsonNode key = api.get(keys() + "/" + keyId, TestTokens.cityStaff()).json();
        assertThat(key.get("revokedBy").asString()).isEqualTo("system");
        assertThat(key.get("revokedByName").asString()).isEqualTo("system");
        assertThat(key.get("revocationReason").asString()).isEqualTo("組織の解散 (organization dissolved)");
        try (TopicProbe probe = new TopicProbe(bootstrapServers, Topics.REGISTRY_API_KEY)) {
            List<ReceivedEvent> events = probe.await(r -> keyId.equals(r.key()), 2, Duration.ofSeconds(20)).stream()
                    .map(CloudEventCodec::decode).toList();
            assertThat(events).extracting(ReceivedEvent::type).endsWith(EventTypes.API_KEY_REVOKED);
        }
    }

    @Test
    void theApiDocumentDescribesADissolutionsAnswerAsTheOrganizationWithItsRevokedKeys() {
        JsonNode document = api.get("/v3/api-docs").json();

        String schema = document.get("paths").get("/api/registry/organizations/{id}/dissolution").get("post")
                .get("responses").get("200").get("content").properties().iterator().next().getValue().get("schema").get("$ref").asString();
        JsonNode properties = document.get("components").get("schemas").get(schema.substring(schema.lastIndexOf('/') + 1))
                .get("properties");
        assertThat(properties.has("status")).as(properties.toString()).isTrue();
        assertThat(properties.has("organization")).as("the organization's fields are not nested").isFalse();
        assertThat(properties.has("apiKeys")).isTrue();
    }

    @Test
    void aDissolvedOrganizationGetsNoNewKey() {
        String etag = api.get("/api/registry/organizations/" + partner).header("ETag").orElseThrow();
        api.send("POST", "/api/registry/organizations/" + partner + "/dissolution", TestTokens.cityStaff(),
                "application/json", "{\"dissolvedOn\": \"2026-03-31\", \"reason\": \"活動終了\"}", etag);

        ApiClient.Response refused = issue(TestTokens.cityStaff());

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.isProblem()).isTrue();
    }

    @Test
    void onlyCityStaffMayIssueListOrRevokeKeys() {
        String keyId = issue(TestTokens.cityStaff()).json().get("apiKey").get("id").asString();
        String ownAdmin = TestTokens.forRole(Roles.ORG_ADMIN, partner);
        String ownPartner = TestTokens.forRole(Roles.PARTNER, partner);

        for (String token : new String[] {ownAdmin, ownPartner, TestTokens.resident()}) {
            assertThat(issue(token).status()).isEqualTo(403);
            assertThat(api.get(keys(), token).status()).isEqualTo(403);
            assertThat(api.send("DELETE", keys() + "/" + keyId, token, null, null).status()).isEqualTo(403);
        }
        assertThat(api.get(keys()).status()).isEqualTo(401);
        assertThat(api.get(keys() + "/" + keyId).status()).isEqualTo(401);
    }

    @Test
    void aKeyIsFoundOnlyUnderItsOwnOrganization() {
        String keyId = issue(TestTokens.cityStaff()).json().get("apiKey").get("id").asString();

        ApiClient.Response elsewhere = api.get("/api/registry/organizations/minato/api-keys/" + keyId, TestTokens.cityStaff());

        assertThat(elsewhere.status()).isEqualTo(404);
        assertThat(elsewhere.isProblem()).isTrue();
    }

    @Test
    void badRequestsAreProblems() {
        ApiClient.Response noScopes = api.post(keys(), TestTokens.cityStaff(), "{\"label\": \"x\", \"scopes\": []}");
        ApiClient.Response unknownScope = api.post(keys(), TestTokens.cityStaff(),
                "{\"label\": \"x\", \"scopes\": [\"EVERYTHING\"]}");
        ApiClient.Response past = api.post(keys(), TestTokens.cityStaff(),
                "{\"label\": \"x\", \"scopes\": [\"EVENTS_PUBLISH\"], \"expiresAt\": \"2020-01-01T00:00:00Z\"}");
        ApiClient.Response beyondTheSupportedDays = api.post(keys(), TestTokens.cityStaff(),
                "{\"label\": \"x\", \"scopes\": [\"EVENTS_PUBLISH\"], \"expiresAt\": \"4729-06-21T09:00:00Z\"}");
        ApiClient.Response unknownOrganization = api.post("/api/registry/organizations/no-such-org/api-keys",
                TestTokens.cityStaff(), "{\"label\": \"x\", \"scopes\": [\"EVENTS_PUBLISH\"]}");

        assertThat(noScopes.status()).isEqualTo(400);
        assertThat(unknownScope.status()).isEqualTo(400);
        assertThat(past.status()).isEqualTo(422);
        assertThat(beyondTheSupportedDays.status()).isEqualTo(400);
        assertThat(unknownOrganization.status()).isEqualTo(404);
        assertThat(List.of(noScopes, unknownScope, past, beyondTheSupportedDays, unknownOrganization))
                .allMatch(ApiClient.Response::isProblem);
    }
}
