package jp.kizuna.registry.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jp.kizuna.platform.contracts.EventTypes;
import jp.kizuna.platform.contracts.ProblemTypes;
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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Neighborhood associations report their membership each fiscal year; the registry derives
 * 町内会加入率 by district and citywide, keeps corrections as history and publishes both. Staff
 * placements start and end with their events.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestSecurityConfiguration.class)
abstract class MembershipAndPlacementSpec {

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

    String association(String district) {
        ApiClient.Response created = api.post("/api/registry/organizations", TestTokens.cityStaff(), """
                {"name": "%s町内会%s", "nameKana": "ちょうないかい", "kind": "NEIGHBORHOOD_ASSOCIATION",
                 "districts": ["%s"], "legalForm": "AUTHORIZED_NEIGHBORHOOD_ASSOCIATION", "incorporatedOn": "2001-04"}
                """.formatted(district, UUID.randomUUID().toString().substring(0, 6), district));
        assertThat(created.status()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    ApiClient.Response report(String association, int fiscalYear, int members, int households) {
        return api.post("/api/registry/organizations/" + association + "/membership-reports", TestTokens.cityStaff(),
                "{\"fiscalYear\": %d, \"memberHouseholds\": %d, \"totalHouseholds\": %d}"
                        .formatted(fiscalYear, members, households));
    }

    @Test
    void theMembershipRateIsDerivedByDistrictAndCitywideFromTheReports() {
        // A fiscal year of its own, so that reports of other tests do not mix in.
        int year = 2005;
        assertThat(report(association("河東"), year, 90, 100).status()).isEqualTo(201);
        assertThat(report(association("河東"), year, 80, 100).status()).isEqualTo(201);
        assertThat(report(association("神指"), year, 912, 1000).status()).isEqualTo(201);

        JsonNode rates = api.get("/api/registry/membership-rates?fiscalYear=" + year).json();

        assertThat(rates.get("fiscalYearJapanese").asString()).isEqualTo("平成17年度");
        assertThat(rates.get("byDistrict").get("河東").get("ratePercent").decimalValue()).isEqualByComparingTo("85.0");
        assertThat(rates.get("byDistrict").get("神指").get("ratePercent").decimalValue()).isEqualByComparingTo("91.2");
        assertThat(rates.get("citywide").get("memberHouseholds").asLong()).isEqualTo(1082);
        assertThat(rates.get("citywide").get("totalHouseholds").asLong()).isEqualTo(1200);
        assertThat(rates.get("citywide").get("ratePercent").decimalValue()).isEqualByComparingTo("90.2");
    }

    @Test
    void aCorrectionIsKeptAsHistoryAndPublishedWithThePreviousFigures() {
        String association = association("湊");
        ApiClient.Response reported = report(association, 2023, 40, 50);
        String path = "/api/registry/organizations/" + association + "/membership-reports/2023";

        ApiClient.Response corrected = api.put(path, TestTokens.forPerson(Roles.CITY_STAFF, null, "staff-7d41a9b3",
                        "鈴木 誠（地域づくり課）"),
                "{\"memberHouseholds\": 45, \"totalHouseholds\": 50, \"reason\": \"集計漏れの訂正\"}",
                reported.header("ETag").orElseThrow());

        assertThat(corrected.status()).isEqualTo(200);
        assertThat(corrected.json().get("ratePercent").decimalValue()).isEqualByComparingTo("90.0");
        assertThat(corrected.json().get("revisions")).hasSize(2);
        assertThat(corrected.json().get("revisions").get(0).get("memberHouseholds").asInt()).isEqualTo(40);
        assertThat(corrected.json().get("revisions").get(0).get("byName").asString()).isEqualTo("test-city-staff");
        assertThat(corrected.json().get("revisions").get(1).get("by").asString()).isEqualTo("staff-7d41a9b3");
        assertThat(corrected.json().get("revisions").get(1).get("byName").asString()).isEqualTo("鈴木 誠（地域づくり課）");
        try (TopicProbe probe = new TopicProbe(bootstrapServers, Topics.REGISTRY_MEMBERSHIP_REPORT)) {
            String id = association + ":FY2023";
            List<ReceivedEvent> events = probe.await(r -> id.equals(r.key()), 2, Duration.ofSeconds(20)).stream()
                    .map(CloudEventCodec::decode).toList();
            assertThat(events).extracting(ReceivedEvent::type)
                    .containsExactly(EventTypes.MEMBERSHIP_REPORTED, EventTypes.MEMBERSHIP_CORRECTED);
            JsonNode data = JSON.readTree(events.get(1).data());
            assertThat(data.get("report").get("memberHouseholds").asInt()).isEqualTo(45);
            assertThat(data.get("report").get("district").asString()).isEqualTo("湊");
            assertThat(data.get("report").get("revision").asInt()).isEqualTo(2);
            assertThat(data.get("previous").get("memberHouseholds").asInt()).isEqualTo(40);
            assertThat(data.get("reason").asString()).isEqualTo("集計漏れの訂正");
        }
    }

    @Test
    void aSecondReportForTheSameYearIsAConflict() {
        String association = association("湊");
        report(association, 2022, 10, 20);

        ApiClient.Response again = report(association, 2022, 11, 20);

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.isProblem()).isTrue();
    }

    @Test
    void impossibleFiguresAndNonAssociationsAreRefused() {
        assertThat(report(association("湊"), 2023, 60, 50).status()).isEqualTo(422);
        assertThat(report("minato", 2023, 10, 20).status()).isEqualTo(422);
        assertThat(report(association("湊"), 2999, 10, 20).status()).isEqualTo(400);
        ApiClient.Response missing = api.post("/api/registry/organizations/" + association("湊") + "/membership-reports",
                TestTokens.cityStaff(), "{\"fiscalYear\": 2023}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("memberHouseholds", "totalHouseholds");
    }

    @Test
    void anOrgAdminMayNotReportForItsOwnAssociation() {
        String association = association("湊");

        ApiClient.Response response = api.post("/api/registry/organizations/" + association + "/membership-reports",
                TestTokens.forRole(Roles.ORG_ADMIN, association),
                "{\"fiscalYear\": 2023, \"memberHouseholds\": 1, \"totalHouseholds\": 2}");

        assertThat(response.status()).isEqualTo(403);
    }

    @Test
    void aPlacementStartsAndEndsWithItsOutcomeAndBothArePublished() {
        ApiClient.Response started = api.post("/api/registry/placements", TestTokens.cityStaff(), """
                {"programme": "REGIONAL_REVITALIZATION_COOPERATOR", "hostOrganizationId": "oto", "area": "大戸",
                 "role": "エリアプロモーション", "startedOn": "2023-04-01", "plannedEndOn": "2026-03-31"}
                """);
        assertThat(started.status()).isEqualTo(201);
        String id = started.json().get("id").asString();

        ApiClient.Response ended = api.send("POST", "/api/registry/placements/" + id + "/end",
                TestTokens.forPerson(Roles.CITY_STAFF, null, "staff-7d41a9b3", "鈴木 誠（地域づくり課）"),
                "application/json", "{\"endedOn\": \"2026-03-31\", \"outcome\": \"SETTLED_IN_AREA\"}", "\"0\"");

        assertThat(ended.status()).isEqualTo(200);
        assertThat(ended.json().get("outcomeJapanese").asString()).isEqualTo("定住");
        assertThat(ended.json().get("startedByName").asString()).isEqualTo("test-city-staff");
        assertThat(ended.json().get("endedBy").asString()).isEqualTo("staff-7d41a9b3");
        assertThat(ended.json().get("endedByName").asString()).isEqualTo("鈴木 誠（地域づくり課）");
        try (TopicProbe probe = new TopicProbe(bootstrapServers, Topics.REGISTRY_PLACEMENT)) {
            List<ReceivedEvent> events = probe.await(r -> id.equals(r.key()), 2, Duration.ofSeconds(20)).stream()
                    .map(CloudEventCodec::decode).toList();
            assertThat(events).extracting(ReceivedEvent::type)
                    .containsExactly(EventTypes.PLACEMENT_STARTED, EventTypes.PLACEMENT_ENDED);
            JsonNode data = JSON.readTree(events.get(1).data());
            assertThat(data.get("placement").get("hostOrganizationId").asString()).isEqualTo("oto");
            assertThat(data.get("placement").get("status").asString()).isEqualTo("ENDED");
            assertThat(data.get("placement").get("outcome").asString()).isEqualTo("SETTLED_IN_AREA");
        }
        ApiClient.Response twice = api.send("POST", "/api/registry/placements/" + id + "/end", TestTokens.cityStaff(),
                "application/json", "{\"outcome\": \"LEFT_AREA\"}", "\"1\"");
        assertThat(twice.status()).isEqualTo(409);
    }

    @Test
    void aCorrectionOrAnEndWithoutTheVersionReadOrWithAStaleOneChangesNothing() {
        String association = association("湊");
        report(association, 2020, 40, 50);
        String report = "/api/registry/organizations/" + association + "/membership-reports/2020";
        String correction = "{\"memberHouseholds\": 45, \"totalHouseholds\": 50, \"reason\": \"集計漏れの訂正\"}";
        ApiClient.Response started = api.post("/api/registry/placements", TestTokens.cityStaff(), """
                {"programme": "VILLAGE_SUPPORT_STAFF", "hostOrganizationId": "oto", "area": "大戸", "role": "集落支援",
                 "startedOn": "2024-04-01"}
                """);
        String placement = "/api/registry/placements/" + started.json().get("id").asString();
        String end = "{\"endedOn\": \"2025-03-31\", \"outcome\": \"LEFT_AREA\"}";

        List<ApiClient.Response> missing = List.of(api.put(report, TestTokens.cityStaff(), correction, null),
                api.send("POST", placement + "/end", TestTokens.cityStaff(), "application/json", end, null));
        List<ApiClient.Response> stale = List.of(api.put(report, TestTokens.cityStaff(), correction, "\"7\""),
                api.send("POST", placement + "/end", TestTokens.cityStaff(), "application/json", end, "\"7\""));

        assertThat(missing).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(428);
            assertThat(r.json().get("type").asString()).isEqualTo(ProblemTypes.PRECONDITION_REQUIRED.toString());
            assertThat(r.json().get("detail").asString()).contains("needs an If-Match header");
        });
        assertThat(stale).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(412);
            assertThat(r.json().get("type").asString()).isEqualTo(ProblemTypes.PRECONDITION_FAILED.toString());
            assertThat(r.json().get("detail").asString()).contains("was changed since you read it");
        });
        assertThat(api.get(report, TestTokens.cityStaff()).json().get("memberHouseholds").asInt()).isEqualTo(40);
        assertThat(api.get(placement, TestTokens.cityStaff()).json().get("status").asString()).isEqualTo("ACTIVE");
    }

    @Test
    void aPlacementWithAnUnknownHostIsNotFound() {
        ApiClient.Response response = api.post("/api/registry/placements", TestTokens.cityStaff(), """
                {"programme": "VILLAGE_SUPPORT_STAFF", "hostOrganizationId": "nobody", "role": "事務局", "startedOn": "2024"}
                """);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.isProblem()).isTrue();
    }
}
