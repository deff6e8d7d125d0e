package jp.kizuna.subsidy.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

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

/** Project budgets served from the seed, totalled, corrected with history, and published. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestSecurityConfiguration.class)
abstract class ProjectBudgetSpec {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Autowired
    MongoTemplate mongo;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient("http://localhost:" + port);
    }

    static String figures(String basis, String projectCost, String generalRevenue, String personnelCost) {
        return "{\"figures\": {\"basis\": \"%s\", \"projectCost\": %s, \"generalRevenue\": %s, \"personnelCost\": %s}, \"reason\": \"補正予算\"}"
                .formatted(basis, projectCost, generalRevenue, personnelCost);
    }

    @Test
    void aYearOfTheSheetIsServedWithItsTotals() {
        JsonNode fy2023 = api.get("/api/subsidies/budgets?fiscalYear=2023").json();

        assertThat(fy2023.get("fiscalYearJapanese").asString()).isEqualTo("令和5年度");
        assertThat(fy2023.get("unit").asString()).isEqualTo("千円");
        assertThat(fy2023.get("lines")).hasSize(23);
        assertThat(fy2023.get("lines").get(0).get("projectCost").asString()).isEqualTo("NOT_APPLICABLE");
        assertThat(fy2023.get("totals").get("policyField").get("projectCost").asLong()).isEqualTo(135_239);
        assertThat(fy2023.get("totals").get("byMeasure").get("1").get("generalRevenue").asLong()).isEqualTo(98_148);
        JsonNode centres = api.get("/api/subsidies/budgets/36-1-4/2024").json();
        assertThat(centres.get("projectCost").asLong()).isEqualTo(56_225);
        assertThat(centres.get("basisJapanese").asString()).isEqualTo("見込み");
    }

    @Test
    void aCorrectionKeepsHistoryAndIsPublishedWithThePreviousFigures() {
        String etag = api.get("/api/subsidies/budgets/36-1-7/2024").header("ETag").orElseThrow();

        ApiClient.Response corrected = api.put("/api/subsidies/budgets/36-1-7/2024", TestTokens.cityStaff(),
                figures("ESTIMATE", "750", "750", "3370"), etag);

        assertThat(corrected.status()).isEqualTo(200);
        assertThat(corrected.json().get("projectCost").asLong()).isEqualTo(750);
        JsonNode history = api.get("/api/subsidies/budgets/36-1-7/2024/history").json();
        assertThat(history.get(0).get("before").get("projectCost").asLong()).isEqualTo(700);
        assertThat(history.get(0).get("by").asString()).isEqualTo("test-city-staff");
        assertThat(history.get(0).get("byName").asString()).isEqualTo("test-city-staff");
        assertThat(history.get(1).get("byName").asString()).isEqualTo("seed:project-budgets.yaml");
        try (TopicProbe probe = new TopicProbe(bootstrapServers, Topics.SUBSIDY_PROJECT_BUDGET)) {
            List<ReceivedEvent> events = probe.await(r -> "36-1-7:FY2024".equals(r.key()), 2, Duration.ofSeconds(20))
                    .stream().map(CloudEventCodec::decode).toList();
            assertThat(events).extracting(ReceivedEvent::type)
                    .containsExactly(EventTypes.BUDGET_LINE_RECORDED, EventTypes.BUDGET_LINE_CORRECTED);
            JsonNode data = JSON.readTree(events.get(1).data());
            assertThat(data.get("line").get("projectCost").asLong()).isEqualTo(750);
            assertThat(data.get("previous").get("projectCost").asLong()).isEqualTo(700);
            assertThat(data.get("reason").asString()).isEqualTo("補正予算");
        }
    }

    @Test
    void theHistoryShowsAPersonByDisplayNameAndAnEntryStoredBeforeNamesByItsSubject() {
        ApiClient.Response recorded = api.put("/api/subsidies/budgets/36-1-2/2026",
                TestTokens.forPerson(Roles.CITY_STAFF, null, "staff-7d41a9b3", "鈴木 誠（地域づくり課）"),
                figures("BUDGET", "1200", "1200", "2400"), null);
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);

        JsonNode entry = api.get("/api/subsidies/budgets/36-1-2/2026/history").json().get(0);
        assertThat(entry.get("by").asString()).isEqualTo("staff-7d41a9b3");
        assertThat(entry.get("byName").asString()).isEqualTo("鈴木 誠（地域づくり課）");

        mongo.updateFirst(Query.query(Criteria.where("_id").is("36-1-2:FY2026")), new Update().unset("history.0.byName"),
                "project_budgets");
        JsonNode stored = api.get("/api/subsidies/budgets/36-1-2/2026/history").json().get(0);
        assertThat(stored.get("byName").asString()).isEqualTo("staff-7d41a9b3");
    }

    @Test
    void aSettledYearIsRecordedForAProjectAndNotApplicableStaysDistinctFromZero() {
        ApiClient.Response settled = api.put("/api/subsidies/budgets/36-1-1/2025", TestTokens.cityStaff(),
                figures("SETTLED", "\"NOT_APPLICABLE\"", "0", "749"), null);

        assertThat(settled.status()).isEqualTo(200);
        assertThat(settled.json().get("projectName").asString()).isEqualTo("地上デジタル放送難視地区対策事業");
        assertThat(settled.json().get("projectCost").asString()).isEqualTo("NOT_APPLICABLE");
        assertThat(settled.json().get("generalRevenue").asLong()).isZero();
    }

    @Test
    void writesNeedStaffAnIfMatchOnCorrectionAndValidFigures() {
        String etag = api.get("/api/subsidies/budgets/36-2-3/2023").header("ETag").orElseThrow();

        ApiClient.Response resident = api.put("/api/subsidies/budgets/36-2-3/2023", TestTokens.resident(),
                figures("BUDGET", "1", "1", "1"), etag);
        ApiClient.Response noIfMatch = api.put("/api/subsidies/budgets/36-2-3/2023", TestTokens.cityStaff(),
                figures("BUDGET", "1", "1", "1"), null);
        ApiClient.Response notAnAmount = api.put("/api/subsidies/budgets/36-2-3/2023", TestTokens.cityStaff(),
                figures("BUDGET", "\"zero\"", "1", "1"), etag);
        ApiClient.Response missing = api.put("/api/subsidies/budgets/36-2-3/2023", TestTokens.cityStaff(),
                "{\"figures\": {\"basis\": \"BUDGET\"}}", etag);

        assertThat(resident.status()).isEqualTo(403);
        assertThat(noIfMatch.status()).isEqualTo(428);
        assertThat(notAnAmount.status()).isEqualTo(400);
        assertThat(notAnAmount.json().get("errors").get(0).get("field").asString()).isEqualTo("figures.projectCost");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("figures.projectCost", "NOT_APPLICABLE");
        assertThat(api.get("/api/subsidies/budgets/36-2-3/2023").json().get("projectCost").asLong()).isEqualTo(5_600);
    }
}
