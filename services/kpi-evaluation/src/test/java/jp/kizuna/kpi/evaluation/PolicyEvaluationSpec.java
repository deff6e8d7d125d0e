package jp.kizuna.kpi.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import jp.kizuna.platform.contracts.EventTypes;
import jp.kizuna.platform.contracts.Topics;
import jp.kizuna.platform.events.OutboxEvent;
import jp.kizuna.platform.contracts.Roles;
import jp.kizuna.platform.testing.ApiClient;
import jp.kizuna.platform.testing.ConsumerLag;
import jp.kizuna.platform.testing.TestEventPublisher;
import jp.kizuna.platform.testing.TestSecurityConfiguration;
import jp.kizuna.platform.testing.TestTokens;
import jp.kizuna.platform.time.FiscalYear;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/**
 * Policy field 36 served as the evaluation sheet states it, KPIs entered and locked by staff, and
 * the derived values following the registry's events beside the official figures.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestSecurityConfiguration.class)
abstract class PolicyEvaluationSpec {

    static final String MEMBERSHIP = "/api/kpi/indicators/membership-rate";
    static final String ORGANIZATIONS = "/api/kpi/indicators/active-community-organizations";

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Value("${spring.kafka.consumer.group-id}")
    String groupId;

    ApiClient api;
    TestEventPublisher registry;

    @BeforeEach
    void setUp() {
        api = new ApiClient("http://localhost:" + port);
        registry = new TestEventPublisher(bootstrapServers, "/kizuna/organization-registry")
                .ensureTopic(Topics.REGISTRY_ORGANIZATION).ensureTopic(Topics.REGISTRY_MEMBERSHIP_REPORT)
                .ensureTopic(Topics.SUBSIDY_PROJECT_BUDGET).ensureTopic(Topics.SUBSIDY_APPLICATION)
                .ensureTopic(Topics.EVENTS_ATTENDANCE);
        ConsumerLag.awaitCaughtUp(bootstrapServers, groupId, Duration.ofSeconds(60), Topics.REGISTRY_ORGANIZATION,
                Topics.REGISTRY_MEMBERSHIP_REPORT, Topics.SUBSIDY_PROJECT_BUDGET, Topics.SUBSIDY_APPLICATION,
                Topics.EVENTS_ATTENDANCE);
    }

    @AfterEach
    void tearDown() {
        registry.close();
    }

    static JsonNode year(JsonNode indicator, int fiscalYear) {
        for (JsonNode point : indicator.get("series")) {
            if (point.get("fiscalYear").get("year").asInt() == fiscalYear) {
                return point;
            }
        }
        throw new AssertionError("no FY" + fiscalYear + " in " + indicator);
    }

    static OutboxEvent organization(String id, String type, long sequence, String foundedOn, String dissolvedOn) {
        return TestEventPublisher.event(Topics.REGISTRY_ORGANIZATION, type, id, sequence, """
                {"organizationId": "%s", "organization": {"id": "%s", "name": "試験組織", "kind": "REGIONAL_MANAGEMENT_ORGANIZATION",
                 "status": "%s", "foundedOn": "%s"%s}}
                """.formatted(id, id, dissolvedOn == null ? "ACTIVE" : "DISSOLVED", foundedOn,
                dissolvedOn == null ? "" : ", \"dissolvedOn\": \"" + dissolvedOn + "\""));
    }

    static OutboxEvent membership(String reportId, String type, long sequence, int fiscalYear, int members, int households) {
        return TestEventPublisher.event(Topics.REGISTRY_MEMBERSHIP_REPORT, type, reportId, sequence, """
                {"reportId": "%s", "report": {"id": "%s", "associationId": "a", "district": "湊", "fiscalYear": %d,
                 "memberHouseholds": %d, "totalHouseholds": %d, "revision": %d}}
                """.formatted(reportId, reportId, fiscalYear, members, households, sequence));
    }

    static OutboxEvent budgetLine(String project, int measure, int fiscalYear, String basis, String projectCost,
                                  long generalRevenue, long personnelCost) {
        String id = project + ":FY" + fiscalYear;
        return TestEventPublisher.event(Topics.SUBSIDY_PROJECT_BUDGET, EventTypes.BUDGET_LINE_RECORDED, id, 1, """
                {"budgetLineId": "%s", "line": {"id": "%s", "projectCode": "%s", "policyField": 36, "measure": %d,
                 "fiscalYear": %d, "basis": "%s", "projectCost": %s, "generalRevenue": %d, "personnelCost": %d}}
                """.formatted(id, id, project, measure, fiscalYear, basis, projectCost, generalRevenue, personnelCost));
    }

    // --- the seed --------------------------------------------------------------------------

    @Test
    void thePolicyTreeIsServedDownToEveryProject() {
        JsonNode field = api.get("/api/kpi/policy-fields/36").json();

        assertThat(field.get("policyGoal").get("name").asString()).isEqualTo("豊かで魅力ある地域づくり");
        assertThat(field.get("name").asString()).isEqualTo("地域自治・コミュニティ");
        assertThat(field.get("measures")).hasSize(3);
        int projects = 0;
        for (JsonNode measure : field.get("measures")) {
            projects += measure.get("projects").size();
        }
        assertThat(projects).isEqualTo(23);
        JsonNode cooperators = api.get("/api/kpi/projects/36-2-1").json();
        assertThat(cooperators.get("name").asString()).isEqualTo("地域おこし協力隊");
        assertThat(cooperators.get("statutoryJapanese").asString()).isEqualTo("自主");
        assertThat(cooperators.get("logicModel").get("finalOutcome").asString()).isEqualTo("地域課題の解決、地域の活性化が図られる");
        assertThat(cooperators.get("outcomeIndicator").get("name").asString()).isEqualTo("卒隊後の定住者数");
    }

    @Test
    void theKpisShowTheSheetsTargetsActualsAndAchievement() {
        JsonNode membership = api.get(MEMBERSHIP).json();

        assertThat(year(membership, 2022).get("target").decimalValue()).isEqualByComparingTo("92.0");
        assertThat(year(membership, 2022).get("actual").get("value").decimalValue()).isEqualByComparingTo("91.2");
        assertThat(year(membership, 2022).get("actual").get("state").asString()).isEqualTo("CONFIRMED");
        assertThat(year(membership, 2022).get("achievementRate").decimalValue()).isEqualByComparingTo("99.1");
        assertThat(year(membership, 2023).get("actual").get("value").decimalValue()).isEqualByComparingTo("92.2");
        assertThat(year(membership, 2022).get("fiscalYear").get("japaneseLabel").asString()).isEqualTo("令和4年度");
        JsonNode organizations = api.get(ORGANIZATIONS).json();
        assertThat(organizations.get("finalTarget").decimalValue()).isEqualByComparingTo("15");
        assertThat(year(organizations, 2024).get("target").decimalValue()).isEqualByComparingTo("10");
    }

    @Test
    void everyFiscalYearFromThePlansFirstToTheRunningOneIsAColumnNoneSkipped() {
        int running = FiscalYear.containing(LocalDate.now(ZoneId.of("Asia/Tokyo"))).startYear();
        List<Integer> expected = IntStream.rangeClosed(2022, Math.max(2024, running)).boxed().toList();

        for (String kpi : List.of(MEMBERSHIP, ORGANIZATIONS)) {
            List<Integer> years = new ArrayList<>();
            api.get(kpi).json().get("series").forEach(point -> years.add(point.get("fiscalYear").get("year").asInt()));
            assertThat(years).as(kpi).isEqualTo(expected);
        }
        String sheet = api.getAccepting("/api/kpi/policy-fields/36/sheet", "text/html").body();
        expected.forEach(year -> assertThat(sheet).contains("<th>" + FiscalYear.of(year).japaneseLabel() + "</th>"));
    }

    // --- derived values --------------------------------------------------------------------

    @Test
    void theOrganizationCountFollowsRegistryEventsPerFiscalYearBesideTheOfficialFigure() {
        JsonNode before = api.get(ORGANIZATIONS).json();
        long fy2022 = year(before, 2022).path("derived").path("value").asLong(0);
        long fy2024 = year(before, 2024).path("derived").path("value").asLong(0);
        String founded2013 = UUID.randomUUID().toString();
        String founded2024 = UUID.randomUUID().toString();

        registry.publish(organization(founded2013, EventTypes.ORGANIZATION_REGISTERED, 1, "2013-07-01", null));
        registry.publish(organization(founded2024, EventTypes.ORGANIZATION_REGISTERED, 1, "2024-05-31", null));
        registry.publish(organization(founded2024, EventTypes.ORGANIZATION_REGISTERED, 1, "2024-05-31", null));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode after = api.get(ORGANIZATIONS).json();
            assertThat(year(after, 2022).get("derived").get("value").asLong()).isEqualTo(fy2022 + 1);
            assertThat(year(after, 2024).get("derived").get("value").asLong()).isEqualTo(fy2024 + 2);
        });
        JsonNode after = api.get(ORGANIZATIONS).json();
        assertThat(year(after, 2022).get("derived").get("state").asString()).isEqualTo("FINAL");
        assertThat(year(after, 2022).get("actual").get("value").asLong()).isEqualTo(5);
        assertThat(year(after, 2022).get("differenceOfficialMinusDerived").asLong()).isEqualTo(5 - (fy2022 + 1));

        registry.publish(organization(founded2013, EventTypes.ORGANIZATION_DISSOLVED, 2, "2013-07-01", "2024-12-31"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode dissolved = api.get(ORGANIZATIONS).json();
            assertThat(year(dissolved, 2022).get("derived").get("value").asLong()).isEqualTo(fy2022 + 1);
            assertThat(year(dissolved, 2024).get("derived").get("value").asLong()).isEqualTo(fy2024 + 1);
        });
    }

    @Test
    void theMembershipRateFollowsReportsAndARedeliveredReportCountsOnce() {
        String report = "assoc-" + UUID.randomUUID() + ":FY2021";
        OutboxEvent reported = membership(report, EventTypes.MEMBERSHIP_REPORTED, 1, 2021, 45, 50);

        registry.publish(reported);
        registry.publish(reported);
        registry.publish(membership("other:FY2021", EventTypes.MEMBERSHIP_REPORTED, 1, 2021, 50, 50));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(api.get(MEMBERSHIP + "?fiscalYear=2021").json().get("series").get(0).get("derived")
                        .get("value").decimalValue()).isEqualByComparingTo("95.0"));

        registry.publish(membership(report, EventTypes.MEMBERSHIP_CORRECTED, 2, 2021, 40, 50));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(api.get(MEMBERSHIP + "?fiscalYear=2021").json().get("series").get(0).get("derived")
                        .get("value").decimalValue()).isEqualByComparingTo("90.0"));
    }

    // --- entries by staff ------------------------------------------------------------------

    @Test
    void staffEnterAndConfirmAnActualAfterwardsOnlyAnAdminCorrectsIt() {
        String etag = api.get(ORGANIZATIONS).header("ETag").orElseThrow();
        ApiClient.Response entered = api.put(ORGANIZATIONS + "/actuals/2024", TestTokens.cityStaff(),
                "{\"value\": 6, \"comment\": \"一箕地区ひとみ創造ネットワーク設立\"}", etag);
        assertThat(entered.status()).isEqualTo(200);
        assertThat(year(entered.json(), 2024).get("actual").get("state").asString()).isEqualTo("PROVISIONAL");

        ApiClient.Response confirmed = api.send("POST", ORGANIZATIONS + "/actuals/2024/confirmation",
                TestTokens.forPerson(Roles.CITY_STAFF, null, "staff-7d41a9b3", "鈴木 誠（地域づくり課）"), null, null,
                entered.header("ETag").orElseThrow());
        assertThat(confirmed.status()).isEqualTo(200);
        JsonNode confirmedActual = year(confirmed.json(), 2024).get("actual");
        assertThat(confirmedActual.get("byName").asString()).isEqualTo("test-city-staff");
        assertThat(confirmedActual.get("confirmedBy").asString()).isEqualTo("staff-7d41a9b3");
        assertThat(confirmedActual.get("confirmedByName").asString()).isEqualTo("鈴木 誠（地域づくり課）");
        assertThat(api.get("/api/kpi/open-data/indicators.json").body()).contains("\"confirmedByName\":\"鈴木 誠（地域づくり課）\"");
        String locked = confirmed.header("ETag").orElseThrow();

        ApiClient.Response overwrite = api.put(ORGANIZATIONS + "/actuals/2024", TestTokens.cityStaff(), "{\"value\": 7}", locked);
        assertThat(overwrite.status()).isEqualTo(409);
        assertThat(overwrite.isProblem()).isTrue();
        ApiClient.Response staffCorrection = api.send("POST", ORGANIZATIONS + "/actuals/2024/corrections",
                TestTokens.cityStaff(), "application/json", "{\"value\": 7, \"reason\": \"再集計\"}", locked);
        assertThat(staffCorrection.status()).isEqualTo(403);
        ApiClient.Response adminCorrection = api.send("POST", ORGANIZATIONS + "/actuals/2024/corrections",
                TestTokens.cityAdmin(), "application/json", "{\"value\": 7, \"reason\": \"再集計\"}", locked);
        assertThat(adminCorrection.status()).isEqualTo(200);
        assertThat(year(adminCorrection.json(), 2024).get("actual").get("value").asLong()).isEqualTo(7);
        JsonNode history = api.get(ORGANIZATIONS + "/history").json();
        assertThat(history.get(0).get("action").asString()).isEqualTo("confirmed actual corrected");
        assertThat(history.get(0).get("by").asString()).isEqualTo("test-city-admin");
        assertThat(history.get(0).get("byName").asString()).isEqualTo("test-city-admin");
        assertThat(history.get(0).get("reason").asString()).isEqualTo("再集計");
        assertThat(history.get(1).get("action").asString()).isEqualTo("actual confirmed");
        assertThat(history.get(1).get("byName").asString()).isEqualTo("鈴木 誠（地域づくり課）");
    }

    @Test
    void badEntriesAreProblemsNamingWhatIsWrong() {
        String etag = api.get(MEMBERSHIP).header("ETag").orElseThrow();

        ApiClient.Response tooHigh = api.put(MEMBERSHIP + "/actuals/2024", TestTokens.cityStaff(), "{\"value\": 140}", etag);
        ApiClient.Response noSuchYear = api.put(MEMBERSHIP + "/targets/2030", TestTokens.cityStaff(), "{\"value\": 92.0}", etag);
        ApiClient.Response tooLong = api.put(MEMBERSHIP + "/verification", TestTokens.cityStaff(),
                "{\"text\": \"" + "長".repeat(2001) + "\"}", etag);
        ApiClient.Response noIfMatch = api.put(MEMBERSHIP + "/targets/2024", TestTokens.cityStaff(), "{\"value\": 92.0}", null);
        ApiClient.Response resident = api.put(MEMBERSHIP + "/targets/2024", TestTokens.resident(), "{\"value\": 92.0}", etag);

        assertThat(tooHigh.status()).isEqualTo(422);
        assertThat(tooHigh.json().get("detail").asString()).contains("0 to 100");
        assertThat(noSuchYear.status()).isEqualTo(422);
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().get("errors").get(0).get("field").asString()).isEqualTo("text");
        assertThat(noIfMatch.status()).isEqualTo(428);
        assertThat(resident.status()).isEqualTo(403);
        for (ApiClient.Response r : new ApiClient.Response[] {tooHigh, noSuchYear, tooLong, noIfMatch, resident}) {
            assertThat(r.isProblem()).isTrue();
        }
        assertThat(api.get(MEMBERSHIP).header("ETag")).hasValue(etag);
    }

    @Test
    void anEvaluationTextWithoutTheVersionReadOrWithAStaleOneChangesNothing() {
        String before = api.get("/api/kpi/policy-fields/36").body();
        String texts = "{\"issues\": \"見直す。\", \"reason\": \"検証\"}";
        String outcome = "{\"text\": \"7\", \"reason\": \"検証\"}";

        List<ApiClient.Response> missing = List.of(
                api.put("/api/kpi/policy-fields/36/measures/1/texts", TestTokens.cityStaff(), texts, null),
                api.put("/api/kpi/projects/36-1-9/texts", TestTokens.cityStaff(), texts, null),
                api.put("/api/kpi/projects/36-2-2/outcomes/2023", TestTokens.cityStaff(), outcome, null));
        List<ApiClient.Response> stale = List.of(
                api.put("/api/kpi/policy-fields/36/measures/1/texts", TestTokens.cityStaff(), texts, "\"999\""),
                api.put("/api/kpi/projects/36-1-9/texts", TestTokens.cityStaff(), texts, "\"999\""),
                api.put("/api/kpi/projects/36-2-2/outcomes/2023", TestTokens.cityStaff(), outcome, "\"999\""));

        assertThat(missing).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(428);
            assertThat(r.json().get("type").asString()).isEqualTo("urn:kizuna:problem:precondition-required");
        });
        assertThat(stale).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(412);
            assertThat(r.json().get("type").asString()).isEqualTo("urn:kizuna:problem:precondition-failed");
        });
        assertThat(api.get("/api/kpi/policy-fields/36").body()).isEqualTo(before);
    }

    @Test
    void staffEditAnEvaluationTextAndItsHistoryIsKept() {
        String etag = api.get("/api/kpi/policy-fields/36").header("ETag").orElseThrow();

        ApiClient.Response edited = api.put("/api/kpi/projects/36-1-9/texts",
                TestTokens.forPerson(Roles.CITY_STAFF, null, "staff-7d41a9b3", "鈴木 誠（地域づくり課）"),
                "{\"issues\": \"審査会の運営を見直す。\", \"reason\": \"令和6年度の検証\"}", etag);

        assertThat(edited.status()).isEqualTo(200);
        assertThat(api.get("/api/kpi/projects/36-1-9").json().get("issues").asString()).isEqualTo("審査会の運営を見直す。");
        JsonNode change = api.get("/api/kpi/policy-fields/36/history").json().get(0);
        assertThat(change.get("path").asString()).isEqualTo("projects/36-1-9/issues");
        assertThat(change.get("before").asString()).contains("審査会");
        assertThat(change.get("reason").asString()).isEqualTo("令和6年度の検証");
        assertThat(change.get("by").asString()).isEqualTo("staff-7d41a9b3");
        assertThat(change.get("byName").asString()).isEqualTo("鈴木 誠（地域づくり課）");
    }

    @Test
    void staffRecordAYearOfAProjectsOutcomeIndicator() {
        String etag = api.get("/api/kpi/policy-fields/36").header("ETag").orElseThrow();

        ApiClient.Response recorded = api.put("/api/kpi/projects/36-2-2/outcomes/2024", TestTokens.cityStaff(),
                "{\"text\": \"6\", \"reason\": \"一箕地区の設立\"}", etag);
        ApiClient.Response notANumber = api.put("/api/kpi/projects/36-2-2/outcomes/2025", TestTokens.cityStaff(),
                "{\"text\": \"たくさん\"}", recorded.header("ETag").orElseThrow());
        ApiClient.Response noIndicator = api.put("/api/kpi/projects/36-1-2/outcomes/2024", TestTokens.cityStaff(),
                "{\"text\": \"1\"}", recorded.header("ETag").orElseThrow());

        assertThat(recorded.status()).isEqualTo(200);
        JsonNode values = api.get("/api/kpi/projects/36-2-2").json().get("outcomeIndicator").get("values");
        assertThat(values).hasSize(3);
        assertThat(values.get(2).get("number").asInt()).isEqualTo(6);
        assertThat(notANumber.status()).isEqualTo(400);
        assertThat(noIndicator.status()).isEqualTo(422);
    }

    // --- outputs -----------------------------------------------------------------------------

    @Test
    void theSheetShowsTheFiguresOfTheSeedLaidOutLikeTheCitysSheet() {
        ApiClient.Response sheet = api.getAccepting("/api/kpi/policy-fields/36/sheet", "text/html");

        assertThat(sheet.status()).isEqualTo(200);
        assertThat(sheet.contentType()).startsWith("text/html");
        assertThat(sheet.body()).contains("令和6年度 政策分野評価シート", "政策分野36", "地域自治・コミュニティ",
                "１　政策分野の進捗状況", "２　施策の評価", "３　関連する政策分野と事務事業", "４　施策の最終評価", "５　事務事業一覧",
                "町内会加入率", "91.2", "92.2", "92.0", "地域づくり活動組織数", ">15<", "基幹集落センター管理運営事業",
                "地域おこし協力隊", "約150", "市内31団体511名", "<svg");
        assertThat(sheet.body().indexOf("１　政策分野の進捗状況")).isLessThan(sheet.body().indexOf("５　事務事業一覧"));
    }

    @Test
    void theSheetShowsEachProjectsCostsAsTheBudgetServicePublishesThem() {
        registry.publish(budgetLine("36-1-2", 1, 2023, "BUDGET", "43916", 43916, 4168));
        registry.publish(budgetLine("36-1-2", 1, 2024, "ESTIMATE", "43916", 43916, 4168));
        registry.publish(budgetLine("36-1-1", 1, 2023, "BUDGET", "null", 0, 0));

        registry.publish(TestEventPublisher.event(Topics.SUBSIDY_APPLICATION, EventTypes.APPLICATION_DISBURSED, "app-1", 3, """
                {"applicationId": "app-1", "application": {"id": "app-1", "programmeId": "vision-promotion:FY2024",
                 "projectCode": "36-2-3", "fiscalYear": 2024, "status": "DISBURSED", "approvedAmount": 500000,
                 "disbursedTotal": 200000}, "amount": 200000, "paidOn": "2024-10-01"}
                """));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            String sheet = api.getAccepting("/api/kpi/policy-fields/36/sheet", "text/html").body();
            assertThat(sheet).contains("令和5年度（予算）", "令和6年度（見込み）", "43,916", "4,168", "財務内容（千円）",
                    "補助金 交付決定（件・円）", "1件 500,000", "200,000");
        });
    }

    @Test
    void participationInEventsIsSummedPerYearProjectAndOrganizerAndShownOnTheSheet() {
        registry.publish(TestEventPublisher.event(Topics.EVENTS_ATTENDANCE, EventTypes.ATTENDANCE_RECORDED, "clean-tsurugajo-r5", 1, """
                {"eventId": "clean-tsurugajo-r5", "attendance": {"eventId": "clean-tsurugajo-r5", "eventTitle": "クリーン鶴ヶ城清掃活動",
                 "projectCode": "36-1-7", "fiscalYear": 2023, "checkedIn": 0, "walkIns": 0, "groups": 31,
                 "groupParticipants": 0, "participants": 511}}
                """));
        registry.publish(TestEventPublisher.event(Topics.EVENTS_ATTENDANCE, EventTypes.ATTENDANCE_RECORDED, "ikki-workshop-x", 2, """
                {"eventId": "ikki-workshop-x", "attendance": {"eventId": "ikki-workshop-x", "eventTitle": "ワークショップ",
                 "organizerId": "ikki", "projectCode": "36-2-9", "fiscalYear": 2023, "checkedIn": 18, "walkIns": 2,
                 "groups": 0, "groupParticipants": 0, "participants": 20}}
                """));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode year = api.get("/api/kpi/participation?fiscalYear=2023").json();
            assertThat(year.get("total").get("participants").asInt()).isEqualTo(531);
            assertThat(year.get("byProject").get("36-1-7").get("groups").asInt()).isEqualTo(31);
            assertThat(year.get("byOrganizer").get("ikki").get("participants").asInt()).isEqualTo(20);
            assertThat(year.get("byOrganizer").get("city").get("events").asInt()).isEqualTo(1);
        });
        String sheet = api.getAccepting("/api/kpi/policy-fields/36/sheet", "text/html").body();
        assertThat(sheet).contains("イベント参加実績", "1回 31団体 511名");
        assertThat(api.get("/api/kpi/participation?fiscalYear=abc").status()).isEqualTo(400);
    }

    @Test
    void theSheetPrintsToAPdfWhoseJapaneseTextCanBeReadBack() throws Exception {
        var response = api.download("/api/kpi/policy-fields/36/sheet.pdf", "application/pdf");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(3);
            // The font shares glyphs between CJK ideographs and Kangxi radicals (目/⽬); NFKC reads both as one.
            String text = Normalizer.normalize(new PDFTextStripper().getText(pdf), Normalizer.Form.NFKC);
            assertThat(text).contains("政策分野36", "町内会加入率", "91.2", "92.2", "地域づくり活動組織数", "地域おこし協力隊",
                    "約150", "5 事務事業一覧", "目指す姿");
            for (String kpi : List.of("町内会加入率（％）", "地域づくり活動組織数（団体）")) {
                String page = pageContaining(pdf, kpi);
                assertThat(page).as("the page of " + kpi + " holds its whole table").contains("目標", "実績", "集計値", "最終目標");
            }
        }
    }

    private static String pageContaining(PDDocument pdf, String text) throws java.io.IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            String pageText = Normalizer.normalize(stripper.getText(pdf), Normalizer.Form.NFKC);
            if (pageText.contains(Normalizer.normalize(text, Normalizer.Form.NFKC))) {
                return pageText.substring(pageText.indexOf(Normalizer.normalize(text, Normalizer.Form.NFKC)));
            }
        }
        throw new AssertionError("no page holds " + text);
    }

    @Test
    void theChartIsWellFormedSvgWithTargetsAndActuals() throws Exception {
        ApiClient.Response chart = api.getAccepting(MEMBERSHIP + "/chart.svg", "image/svg+xml");

        assertThat(chart.contentType()).startsWith("image/svg+xml");
        var document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(chart.body().getBytes(StandardCharsets.UTF_8)));
        assertThat(document.getDocumentElement().getNodeName()).isEqualTo("svg");
        assertThat(chart.body()).contains("令和4年度 目標 92.0", "令和4年度 実績 91.2", "最終目標 92.0");
    }

    @Test
    void theOpenDataCsvOpensInSpreadsheetsAndMatchesTheJson() {
        ApiClient.Response csv = api.getAccepting("/api/kpi/open-data/indicators.csv", "text/csv");
        JsonNode json = api.get("/api/kpi/open-data/indicators.json").json();

        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body()).startsWith("\uFEFF政策分野,");
        assertThat(csv.body()).contains("\r\n36,1,membership-rate,町内会加入率,％,全世帯数に占める町内会加入世帯数の割合,高いほど良い,2022,令和4年度,92.0,91.2,CONFIRMED,");
        assertThat(json.get(0).get("code").asString()).isEqualTo("membership-rate");
        assertThat(json).hasSize(2);
    }
}
