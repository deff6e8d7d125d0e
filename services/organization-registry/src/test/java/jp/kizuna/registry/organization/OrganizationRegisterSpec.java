package jp.kizuna.registry.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
import org.bson.Document;
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
 * The register as the city and the organizations use it: the seed dataset served, Japanese search,
 * filters, optimistic concurrency, who may change what, history, and the events every change emits.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestSecurityConfiguration.class)
abstract class OrganizationRegisterSpec {

    static final String ORGANIZATIONS = "/api/registry/organizations";
    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient("http://localhost:" + port);
    }

    /** A fresh regional management organization in 大戸, so tests do not share state. */
    String registerFresh() {
        ApiClient.Response created = api.post(ORGANIZATIONS, TestTokens.cityStaff(), """
                {"name": "テスト地域づくり協議会%s", "nameKana": "てすとちいきづくりきょうぎかい",
                 "kind": "REGIONAL_MANAGEMENT_ORGANIZATION", "districts": ["大戸"], "foundedOn": "2024-04"}
                """.formatted(UUID.randomUUID().toString().substring(0, 8)));
        assertThat(created.status()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    List<String> idsOf(ApiClient.Response list) {
        assertThat(list.status()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        list.json().get("items").forEach(item -> ids.add(item.get("id").asString()));
        return ids;
    }

    ApiClient.Response search(String parameters) {
        return api.get(ORGANIZATIONS + "?size=200&" + parameters);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    ApiClient.Response changeStage(String id, String token, String etag, String body) {
        return api.send("POST", ORGANIZATIONS + "/" + id + "/stage-changes", token, "application/json", body, etag);
    }

    // --- the seed dataset -------------------------------------------------------------------

    @Test
    void theSixRegionalManagementOrganizationsOfTheSeedsAreServed() {
        List<String> ids = idsOf(search("kind=REGIONAL_MANAGEMENT_ORGANIZATION&status=ACTIVE"));

        assertThat(ids).contains("kitaaizu", "kawahigashi", "minato", "oto", "eiwa", "ikki");
    }

    @Test
    void minatoIsServedWithItsWholeDatedHistory() {
        JsonNode minato = api.get(ORGANIZATIONS + "/minato").json();

        assertThat(minato.get("officialName").asString()).isEqualTo("NPO法人みんなと湊まちづくりネットワーク");
        assertThat(minato.get("formerNames").get(0).get("name").asString()).isEqualTo("湊地区地域活性化協議会");
        assertThat(minato.get("foundedOn").get("japaneseLabel").asString()).isEqualTo("平成27年3月");
        assertThat(minato.get("legalFormJapanese").asString()).isEqualTo("NPO法人");
        assertThat(minato.get("incorporatedOn").get("japaneseLabel").asString()).isEqualTo("令和元年度");
        assertThat(minato.get("visions").get(1).get("revisionJapanese").asString()).isEqualTo("第三次");
        assertThat(minato.get("facilityContracts").get(0).get("facility").asString()).isEqualTo("基幹集落センター");
        assertThat(minato.get("stage").get("label").asString()).isEqualTo("ステップ4");
        assertThat(minato.get("stageHistory")).hasSize(3);
        assertThat(minato.get("links")).hasSize(7);
    }

    @Test
    void thePlacementsOfReiwa5AreServed() {
        JsonNode placements = api.get("/api/registry/placements?fiscalYear=2023").json();

        List<String> served = new ArrayList<>();
        placements.forEach(p -> served.add(p.get("programmeJapanese").asString() + ":" + p.get("area").asString()));
        assertThat(served).containsExactlyInAnyOrder("地域おこし協力隊:大戸", "地域おこし協力隊:湊", "集落支援員:湊", "集落支援員:河東");
    }

    // --- search and filters -------------------------------------------------------------------

    @Test
    void minatoIsFoundByKanjiHiraganaKatakanaAndHalfWidthKatakana() {
        for (String query : List.of("湊", "みなと", "ミナト", "ﾐﾅﾄ", "ＮＰＯ法人みんなと", "minna-to")) {
            assertThat(idsOf(search("q=" + encode(query)))).as(query).contains("minato");
        }
    }

    @Test
    void aFormerNameStillFindsTheOrganization() {
        assertThat(idsOf(search("q=" + encode("地域活性化協議会")))).contains("minato");
    }

    @Test
    void aDistrictThatComprisesOthersFindsTheirOrganizations() {
        assertThat(idsOf(search("district=" + encode("永和")))).contains("eiwa");
        assertThat(idsOf(search("district=" + encode("高野")))).contains("eiwa");
        assertThat(idsOf(search("district=" + encode("湊")))).contains("minato", "hara-shogakko").doesNotContain("eiwa");
    }

    @Test
    void organizationsAreFilteredByStage() {
        List<String> incorporated = idsOf(search("stage=STEP_4"));

        assertThat(incorporated).contains("minato", "oto").doesNotContain("kitaaizu", "ikki");
    }

    @Test
    void anUnknownFilterValueIsAProblemNamingTheParameter() {
        ApiClient.Response response = search("stage=STEP_9");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.isProblem()).isTrue();
    }

    // --- writes, concurrency and history ------------------------------------------------------

    @Test
    void aWriteWithoutIfMatchIsRefusedWith428() {
        String id = registerFresh();

        ApiClient.Response response = api.put(ORGANIZATIONS + "/" + id + "/profile", TestTokens.cityStaff(),
                "{\"description\": \"説明\"}", null);

        assertThat(response.status()).isEqualTo(428);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.json().get("type").asString()).isEqualTo("urn:kizuna:problem:precondition-required");
    }

    @Test
    void concurrentUpdatesFromTheSameVersionLeaveOneWinnerAndGive412ToTheOthers() throws Exception {
        String id = registerFresh();
        int writers = 8;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<ApiClient.Response>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(writers)) {
            for (int i = 0; i < writers; i++) {
                String body = "{\"description\": \"writer " + i + "\", \"memberCount\": " + i + "}";
                results.add(pool.submit(() -> {
                    start.await();
                    return api.put(ORGANIZATIONS + "/" + id + "/profile", TestTokens.cityStaff(), body, "\"0\"");
                }));
            }
            start.countDown();
        }

        List<ApiClient.Response> responses = new ArrayList<>();
        for (Future<ApiClient.Response> result : results) {
            responses.add(result.get());
        }
        List<ApiClient.Response> winners = responses.stream().filter(r -> r.status() == 200).toList();
        assertThat(winners).hasSize(1);
        assertThat(responses).filteredOn(r -> r.status() != 200)
                .allSatisfy(loser -> {
                    assertThat(loser.status()).isEqualTo(412);
                    assertThat(loser.isProblem()).isTrue();
                });
        JsonNode stored = api.get(ORGANIZATIONS + "/" + id).json();
        String winnerDescription = winners.getFirst().json().get("profile").get("description").asString();
        assertThat(stored.get("profile").get("description").asString()).isEqualTo(winnerDescription);
        assertThat(stored.get("version").asLong()).isEqualTo(1);
        assertThat(api.get(ORGANIZATIONS + "/" + id + "/history").json().get(0).get("action").asString())
                .isEqualTo("profile updated");
    }

    @Test
    void aStaleIfMatchIsRefusedWith412AndChangesNothing() {
        String id = registerFresh();
        assertThat(api.put(ORGANIZATIONS + "/" + id + "/profile", TestTokens.cityStaff(), "{\"description\": \"一\"}", "\"0\"")
                .status()).isEqualTo(200);

        ApiClient.Response stale = api.put(ORGANIZATIONS + "/" + id + "/profile", TestTokens.cityStaff(),
                "{\"description\": \"二\"}", "\"0\"");

        assertThat(stale.status()).isEqualTo(412);
        assertThat(api.get(ORGANIZATIONS + "/" + id).json().get("profile").get("description").asString()).isEqualTo("一");
    }

    @Test
    void theHistorySaysWhoChangedWhichFieldsAndWhen() {
        String id = registerFresh();
        api.put(ORGANIZATIONS + "/" + id + "/profile", TestTokens.cityStaff(),
                "{\"description\": \"新しい説明\", \"secretariat\": \"大戸公民館\"}", "\"0\"");

        JsonNode history = api.get(ORGANIZATIONS + "/" + id + "/history").json();

        JsonNode latest = history.get(0);
        assertThat(latest.get("by").asString()).isEqualTo("test-city-staff");
        assertThat(latest.get("version").asLong()).isEqualTo(1);
        List<String> fields = new ArrayList<>();
        latest.get("changes").forEach(c -> fields.add(c.get("field").asString()));
        assertThat(fields).containsExactlyInAnyOrder("profile.description", "profile.secretariat");
        assertThat(history.get(1).get("action").asString()).isEqualTo("registered");
    }

    @Test
    void theHistoryShowsPeopleByTheirDisplayNameWhereItShowedTheClientIdBefore() {
        String id = registerFresh();
        String staff = TestTokens.forPerson(Roles.CITY_STAFF, null, "staff-7d41a9b3", "鈴木 誠（地域づくり課）");
        String officer = TestTokens.forPerson(Roles.ORG_ADMIN, id, "officer-0e2f7d41", "滝沢 みどり");
        assertThat(api.put(ORGANIZATIONS + "/" + id + "/profile", staff, "{\"description\": \"地域の説明\"}", "\"0\"")
                .status()).isEqualTo(200);
        assertThat(api.put(ORGANIZATIONS + "/" + id + "/links", officer,
                "{\"links\": [{\"kind\": \"WEBSITE\", \"label\": \"ホームページ\", \"url\": \"https://example.org\"}]}",
                "\"1\"").status()).isEqualTo(200);

        JsonNode history = api.get(ORGANIZATIONS + "/" + id + "/history").json();

        assertThat(history.get(0).get("by").asString()).isEqualTo("officer-0e2f7d41");
        assertThat(history.get(0).get("byName").asString()).isEqualTo("滝沢 みどり");
        assertThat(history.get(1).get("by").asString()).isEqualTo("staff-7d41a9b3");
        assertThat(history.get(1).get("byName").asString()).isEqualTo("鈴木 誠（地域づくり課）");
        // registered by a machine client: shown by its client id
        assertThat(history.get(2).get("byName").asString()).isEqualTo("test-city-staff");
    }

    @Test
    void aNameClaimThatIsAnEmailAddressNeverReachesThePublicHistory() {
        String id = registerFresh();
        String staff = TestTokens.forPerson(Roles.CITY_STAFF, null, "staff-5b2e", "suzuki.makoto@city.aizuwakamatsu.example");
        assertThat(api.put(ORGANIZATIONS + "/" + id + "/profile", staff, "{\"description\": \"説明\"}", "\"0\"")
                .status()).isEqualTo(200);

        ApiClient.Response history = api.get(ORGANIZATIONS + "/" + id + "/history");

        assertThat(history.json().get(0).get("byName").asString()).isEqualTo("staff-5b2e");
        assertThat(history.body()).doesNotContain("@");
    }

    @Test
    void aStageChangeShowsWhoRecordedItByName() {
        String id = registerFresh();
        String staff = TestTokens.forPerson(Roles.CITY_STAFF, null, "staff-7d41a9b3", "鈴木 誠（地域づくり課）");

        ApiClient.Response changed = changeStage(id, staff, "\"0\"", """
                {"stage": "STEP_1", "effectiveOn": "2024-05", "evidence": "ORGANIZATION_FOUNDED"}
                """);

        assertThat(changed.status()).isEqualTo(200);
        JsonNode change = api.get(ORGANIZATIONS + "/" + id + "/stage-changes").json().get(0);
        assertThat(change.get("recordedBy").asString()).isEqualTo("staff-7d41a9b3");
        assertThat(change.get("recordedByName").asString()).isEqualTo("鈴木 誠（地域づくり課）");
    }

    @Test
    void historyEntriesStoredBeforeDisplayNamesShowTheirSubject() {
        String id = registerFresh();
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), new Update().unset("history.0.byName"), "organizations");

        JsonNode entry = api.get(ORGANIZATIONS + "/" + id + "/history").json().get(0);

        assertThat(entry.get("by").asString()).isEqualTo("test-city-staff");
        assertThat(entry.get("byName").asString()).isEqualTo("test-city-staff");
    }

    @Test
    void anInvalidDateIsAProblemNamingTheField() {
        ApiClient.Response response = api.post(ORGANIZATIONS, TestTokens.cityStaff(), """
                {"name": "誤り", "nameKana": "あやまり", "kind": "NEIGHBORHOOD_ASSOCIATION", "districts": ["湊"],
                 "foundedOn": "平成25年"}
                """);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("foundedOn");
        assertThat(response.body()).doesNotContain("Exception");
    }

    @Test
    void anUnknownDistrictIsRefused() {
        ApiClient.Response response = api.post(ORGANIZATIONS, TestTokens.cityStaff(), """
                {"name": "どこか", "nameKana": "どこか", "kind": "NEIGHBORHOOD_ASSOCIATION", "districts": ["どこにもない"]}
                """);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("detail").asString()).contains("どこにもない");
    }

    // --- who may do what ------------------------------------------------------------------

    @Test
    void anOrgAdminEditsItsOwnProfileActivitiesAndLinks() {
        String id = registerFresh();
        String orgAdmin = TestTokens.forRole(Roles.ORG_ADMIN, id);

        ApiClient.Response profile = api.put(ORGANIZATIONS + "/" + id + "/profile", orgAdmin, "{\"memberCount\": 31}", "\"0\"");
        ApiClient.Response activities = api.put(ORGANIZATIONS + "/" + id + "/activities", orgAdmin,
                "{\"activities\": [{\"category\": \"LOCAL_PRODUCE_AND_MARKETS\", \"title\": \"マルシェ\"}]}", "\"1\"");
        ApiClient.Response links = api.put(ORGANIZATIONS + "/" + id + "/links", orgAdmin,
                "{\"links\": [{\"kind\": \"WEBSITE\", \"label\": \"ホームページ\", \"url\": \"https://example.org\"}]}", "\"2\"");

        assertThat(List.of(profile.status(), activities.status(), links.status())).containsOnly(200);
        assertThat(links.json().get("activities").get(0).get("categoryJapanese").asString()).isEqualTo("直売所・マルシェ");
    }

    @Test
    void anOrgAdminMayNotEditAnotherOrganization() {
        String mine = registerFresh();
        String theirs = registerFresh();

        ApiClient.Response response = api.put(ORGANIZATIONS + "/" + theirs + "/profile",
                TestTokens.forRole(Roles.ORG_ADMIN, mine), "{\"memberCount\": 1}", "\"0\"");

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.isProblem()).isTrue();
        assertThat(api.get(ORGANIZATIONS + "/" + theirs).json().get("version").asLong()).isZero();
    }

    @Test
    void anOrgAdminMayNotChangeItsOwnStageNameOrRegistration() {
        String id = registerFresh();
        String orgAdmin = TestTokens.forRole(Roles.ORG_ADMIN, id);

        ApiClient.Response stage = changeStage(id, orgAdmin, "\"0\"",
                "{\"stage\": \"STEP_4\", \"effectiveOn\": \"2025-04\", \"evidence\": \"INCORPORATED\"}");
        ApiClient.Response name = api.put(ORGANIZATIONS + "/" + id + "/name", orgAdmin,
                "{\"name\": \"別名\", \"nameKana\": \"べつめい\"}", "\"0\"");
        ApiClient.Response placement = api.post("/api/registry/placements", orgAdmin,
                "{\"programme\": \"VILLAGE_SUPPORT_STAFF\", \"role\": \"事務局\", \"startedOn\": \"2025\"}");

        assertThat(List.of(stage.status(), name.status(), placement.status())).containsOnly(403);
    }

    @Test
    void residentsAndPartnersMayReadButNotWrite() {
        String id = registerFresh();

        assertThat(api.get(ORGANIZATIONS + "/" + id, TestTokens.resident()).status()).isEqualTo(200);
        assertThat(api.put(ORGANIZATIONS + "/" + id + "/profile", TestTokens.resident(), "{}", "\"0\"").status()).isEqualTo(403);
        assertThat(api.put(ORGANIZATIONS + "/" + id + "/profile", TestTokens.forRole(Roles.PARTNER, id), "{}", "\"0\"")
                .status()).isEqualTo(403);
    }

    // --- upgrade ------------------------------------------------------------------------------

    @Autowired
    MongoTemplate mongo;

    @Autowired
    LegacyOrganizationMigration migration;

    @Test
    void anOrganizationStoredByTheWalkingSkeletonIsReadableAfterTheUpgrade() {
        String id = UUID.randomUUID().toString();
        mongo.insert(new Document("_id", id).append("name", "旧形式町内会").append("nameKana", "きゅうけいしきちょうないかい")
                .append("kind", "NEIGHBORHOOD_ASSOCIATION").append("districts", List.of("門田")).append("status", "ACTIVE")
                .append("foundedOn", java.util.Date.from(java.time.Instant.parse("2010-04-01T00:00:00Z")))
                .append("registeredAt", java.util.Date.from(java.time.Instant.parse("2026-01-01T00:00:00Z")))
                .append("version", 0L).append("eventSequence", 1L).append("outbox", List.of()), "organizations");

        migration.run(null);
        migration.run(null);

        ApiClient.Response read = api.get(ORGANIZATIONS + "/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("kind").asString()).isEqualTo("NEIGHBORHOOD_ASSOCIATION");
        assertThat(read.json().get("districts").get(0).asString()).isEqualTo("門田");
        assertThat(read.json().get("legalForm").asString()).isEqualTo("VOLUNTARY_ASSOCIATION");
        assertThat(idsOf(search("q=" + encode("キュウケイシキ")))).contains(id);
        assertThat(api.put(ORGANIZATIONS + "/" + id + "/profile", TestTokens.cityStaff(), "{\"memberCount\": 12}", "\"0\"")
                .status()).isEqualTo(200);
    }

    // --- events ---------------------------------------------------------------------------

    @Test
    void anEventSavedBackByAStaleWriteIsNotPublishedTwice() {
        String id = registerFresh();
        try (TopicProbe probe = new TopicProbe(bootstrapServers, Topics.REGISTRY_ORGANIZATION)) {
            ReceivedEvent registered = CloudEventCodec.decode(
                    probe.await(r -> id.equals(r.key()), 1, Duration.ofSeconds(20)).getFirst());
            await().atMost(Duration.ofSeconds(10)).until(() ->
                    mongo.findById(id, Document.class, "organizations").getList("outbox", Document.class).isEmpty());

            // What a write that loaded the document before the relay removed the event saves back:
            mongo.updateFirst(Query.query(Criteria.where("_id").is(id)),
                    new Update().push("outbox", new Document("eventId", registered.id())
                            .append("topic", Topics.REGISTRY_ORGANIZATION).append("key", id)
                            .append("type", registered.type()).append("sequence", registered.sequence())
                            .append("time", Date.from(registered.time()))
                            .append("data", new String(registered.data(), StandardCharsets.UTF_8))),
                    "organizations");

            await().atMost(Duration.ofSeconds(10)).until(() ->
                    mongo.findById(id, Document.class, "organizations").getList("outbox", Document.class).isEmpty());
            assertThat(probe.drain(r -> id.equals(r.key()), Duration.ofSeconds(2))).hasSize(1);
        }
    }

    @Test
    void aStageChangeIsPublishedWithTheOrganizationsState() {
        String id = registerFresh();

        ApiClient.Response changed = changeStage(id, TestTokens.cityStaff(), "\"0\"",
                "{\"stage\": \"STEP_1\", \"effectiveOn\": \"2024-04\", \"evidence\": \"ORGANIZATION_FOUNDED\"}");

        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.header("ETag")).hasValueSatisfying(tag -> assertThat(tag).startsWith("\"1."));
        try (TopicProbe probe = new TopicProbe(bootstrapServers, Topics.REGISTRY_ORGANIZATION)) {
            List<ReceivedEvent> events = probe.await(r -> id.equals(r.key()), 2, Duration.ofSeconds(20)).stream()
                    .map(CloudEventCodec::decode).toList();
            assertThat(events).extracting(ReceivedEvent::type)
                    .containsExactly(EventTypes.ORGANIZATION_REGISTERED, EventTypes.ORGANIZATION_STAGE_CHANGED);
            assertThat(events).extracting(ReceivedEvent::sequence).containsExactly(1L, 2L);
            JsonNode data = JSON.readTree(events.get(1).data());
            assertThat(data.get("organizationId").asString()).isEqualTo(id);
            assertThat(data.hasNonNull("previousStage")).as("no previous stage").isFalse();
            assertThat(data.get("stage").asString()).isEqualTo("STEP_1");
            assertThat(data.get("effectiveOn").asString()).isEqualTo("2024-04-01");
            assertThat(data.get("evidence").asString()).isEqualTo("ORGANIZATION_FOUNDED");
            assertThat(data.get("organization").get("stage").asString()).isEqualTo("STEP_1");
            assertThat(data.get("organization").get("kind").asString()).isEqualTo("REGIONAL_MANAGEMENT_ORGANIZATION");
        }
    }

    @Test
    void everyKindOfChangeEmitsItsEventInOrder() {
        String id = registerFresh();
        String staff = TestTokens.cityStaff();
        api.put(ORGANIZATIONS + "/" + id + "/name", staff,
                "{\"name\": \"新名称協議会\", \"nameKana\": \"しんめいしょうきょうぎかい\", \"renamedOn\": \"2025-04\"}", "\"0\"");
        api.send("POST", ORGANIZATIONS + "/" + id + "/visions", staff, "application/json",
                "{\"title\": \"地域づくりビジョン\", \"adoptedOn\": \"FY2025\", \"planFrom\": 2025, \"planTo\": 2029}", "\"1\"");
        ApiClient.Response dissolved = api.send("POST", ORGANIZATIONS + "/" + id + "/dissolution", staff,
                "application/json", "{\"dissolvedOn\": \"2026-03-31\", \"reason\": \"統合のため\"}", "\"2\"");
        assertThat(dissolved.status()).isEqualTo(200);

        try (TopicProbe probe = new TopicProbe(bootstrapServers, Topics.REGISTRY_ORGANIZATION)) {
            List<ReceivedEvent> events = probe.await(r -> id.equals(r.key()), 4, Duration.ofSeconds(20)).stream()
                    .map(CloudEventCodec::decode).toList();
            assertThat(events).extracting(ReceivedEvent::type).containsExactly(EventTypes.ORGANIZATION_REGISTERED,
                    EventTypes.ORGANIZATION_UPDATED, EventTypes.ORGANIZATION_UPDATED, EventTypes.ORGANIZATION_DISSOLVED);
            JsonNode renamed = JSON.readTree(events.get(1).data());
            assertThat(renamed.get("changedFields").toString()).contains("name", "formerNames");
            assertThat(renamed.get("organization").get("formerNames").get(0).asString()).startsWith("テスト地域づくり協議会");
            JsonNode gone = JSON.readTree(events.get(3).data());
            assertThat(gone.get("organization").get("status").asString()).isEqualTo("DISSOLVED");
            assertThat(gone.get("dissolvedOn").asString()).isEqualTo("2026-03-31");
        }
        ApiClient.Response afterwards = api.put(ORGANIZATIONS + "/" + id + "/profile", staff, "{}", "\"3\"");
        assertThat(afterwards.status()).isEqualTo(409);
    }
}
