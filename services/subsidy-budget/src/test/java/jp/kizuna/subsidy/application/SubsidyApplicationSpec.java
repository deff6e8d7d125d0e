package jp.kizuna.subsidy.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
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
import jp.kizuna.platform.testing.TestEventPublisher;
import jp.kizuna.platform.testing.TestSecurityConfiguration;
import jp.kizuna.platform.testing.TestTokens;
import jp.kizuna.platform.testing.TopicProbe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/**
 * The application lifecycle as organizations and the city use it, eligibility against the read
 * model of the registry, who may see and do what, and the envelope that holds under a rush of
 * simultaneous approvals.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestSecurityConfiguration.class)
abstract class SubsidyApplicationSpec {

    static final String APPLICATIONS = "/api/subsidies/applications";

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    ApiClient api;
    TestEventPublisher registry;

    @BeforeEach
    void setUp() {
        api = new ApiClient("http://localhost:" + port);
        registry = new TestEventPublisher(bootstrapServers, "/kizuna/organization-registry")
                .ensureTopic(Topics.REGISTRY_ORGANIZATION);
    }

    @AfterEach
    void tearDown() {
        registry.close();
    }

    /** An organization the registry announced, known to the subsidy service once this returns. */
    String organization(String kind, boolean withVision) {
        String id = "org-" + UUID.randomUUID().toString().substring(0, 8);
        String visions = withVision ? "[{\"title\": \"地域づくりビジョン\", \"adoptedOn\": \"2022-09-01\"}]" : "[]";
        registry.publish(TestEventPublisher.event(Topics.REGISTRY_ORGANIZATION, EventTypes.ORGANIZATION_REGISTERED, id, 1, """
                {"organizationId": "%s", "organization": {"id": "%s", "name": "試験団体%s", "kind": "%s", "status": "ACTIVE",
                 "districts": ["湊"], "visions": %s}}
                """.formatted(id, id, id, kind, visions)));
        return id;
    }

    String programme(long envelope, Long maxPerApplication, Integer cap, LocalDate opensOn, LocalDate closesOn) {
        String slug = "test-" + UUID.randomUUID().toString().substring(0, 8);
        ApiClient.Response created = api.post("/api/subsidies/programmes", TestTokens.cityStaff(), """
                {"slug": "%s", "name": "試験補助金", "fiscalYear": 2026, "envelope": %d, "opensOn": "%s", "closesOn": "%s",
                 "maxPerApplication": %s, "applicationCap": %s,
                 "eligibility": {"kinds": ["REGIONAL_MANAGEMENT_ORGANIZATION"], "activeOnly": true,
                                 "purposes": ["VISION_DRAFTING", "VISION_BASED_ACTIVITY"],
                                 "purposesNeedingVision": ["VISION_BASED_ACTIVITY"]}}
                """.formatted(slug, envelope, opensOn, closesOn, maxPerApplication, cap));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    /** An open programme with a cap and two weighted criteria, screened when applications compete. */
    String competitiveProgramme(long envelope, int cap, boolean priorityQueue, String slug) {
        ApiClient.Response created = api.post("/api/subsidies/programmes", TestTokens.cityStaff(), """
                {"slug": "%s", "name": "競争的補助金", "fiscalYear": 2026, "envelope": %d,
                 "opensOn": "%s", "closesOn": "%s", "applicationCap": %d, "priorityQueue": %s,
                 "criteria": [{"name": "有益性", "weight": 3}, {"name": "緊急性", "weight": 1}],
                 "eligibility": {"kinds": ["REGIONAL_MANAGEMENT_ORGANIZATION"], "activeOnly": true}}
                """.formatted(slug, envelope, LocalDate.now().minusDays(1), LocalDate.now().plusDays(1), cap, priorityQueue));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    String openProgramme(long envelope) {
        return programme(envelope, null, null, LocalDate.now().minusDays(30), LocalDate.now().plusDays(30));
    }

    /** Drafts as the organization's org-admin, waiting for the registry's event to have reached the service. */
    ApiClient.Response draft(String programme, String organization, String purpose, long amount, String token) {
        String body = """
                {"programmeId": "%s", "organizationId": "%s",
                 "content": {"purpose": "%s", "title": "地域づくり活動", "description": "説明", "requestedAmount": %d}}
                """.formatted(programme, organization, purpose, amount);
        ApiClient.Response[] response = new ApiClient.Response[1];
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            response[0] = api.post(APPLICATIONS, token, body);
            return response[0].status() != 422 || !response[0].body().contains("not known");
        });
        return response[0];
    }

    static String orgAdmin(String organization) {
        return TestTokens.forRole(Roles.ORG_ADMIN, organization);
    }

    ApiClient.Response step(String id, String step, String token, String etag, String body) {
        return api.send("POST", APPLICATIONS + "/" + id + "/" + step, token, body == null ? null : "application/json", body,
                etag);
    }

    static String etag(ApiClient.Response response) {
        return response.header("ETag").orElseThrow();
    }

    @Test
    void theProgrammesOfTheSeedsAreServed() {
        JsonNode programmes = api.get("/api/subsidies/programmes?fiscalYear=2024").json();

        List<String> names = new ArrayList<>();
        programmes.forEach(p -> names.add(p.get("name").asString() + ":" + p.get("envelope").asLong()));
        assertThat(names).containsExactlyInAnyOrder("地域づくりビジョン推進事業補助金:7600000", "コミュニティ助成事業:2500000",
                "集会所整備事業:6985000", "地上デジタル放送難視地区対策事業:15020000");
    }

    @Test
    void anApplicationGoesFromDraftToClosedAndEveryStepIsRecordedAndPublished() {
        String organization = organization("REGIONAL_MANAGEMENT_ORGANIZATION", true);
        String programme = openProgramme(5_000_000);
        String admin = orgAdmin(organization);

        ApiClient.Response drafted = draft(programme, organization, "VISION_BASED_ACTIVITY", 400_000, admin);
        assertThat(drafted.status()).isEqualTo(201);
        String id = drafted.json().get("id").asString();
        ApiClient.Response amended = api.put(APPLICATIONS + "/" + id, admin, """
                {"content": {"purpose": "VISION_BASED_ACTIVITY", "title": "マルシェの開催", "requestedAmount": 350000}}
                """, etag(drafted));
        ApiClient.Response submitted = step(id, "submission", admin, etag(amended), null);
        ApiClient.Response screening = step(id, "screening", TestTokens.cityStaff(), etag(submitted), null);
        String staffPerson = TestTokens.forPerson(Roles.CITY_STAFF, null, "staff-7d41a9b3", "鈴木 誠（地域づくり課）");
        ApiClient.Response approved = step(id, "approval", staffPerson, etag(screening),
                "{\"amount\": 300000, \"conditions\": \"実績報告を年度末までに提出\"}");
        ApiClient.Response paid = step(id, "disbursements", staffPerson, etag(approved),
                "{\"amount\": 200000, \"paidOn\": \"2026-10-01\"}");
        ApiClient.Response paidRest = step(id, "disbursements", TestTokens.cityStaff(), etag(paid),
                "{\"amount\": 100000, \"paidOn\": \"2026-11-01\"}");
        ApiClient.Response overpaid = step(id, "disbursements", TestTokens.cityStaff(), etag(paidRest),
                "{\"amount\": 1, \"paidOn\": \"2026-11-02\"}");
        ApiClient.Response reported = step(id, "report", admin, etag(paidRest),
                "{\"summary\": \"マルシェを3回開催し延べ600人が来場\", \"submittedOn\": \"2026-11-20\"}");
        ApiClient.Response closed = step(id, "closure", TestTokens.cityStaff(), etag(reported), null);

        assertThat(List.of(amended.status(), submitted.status(), screening.status(), approved.status(), paid.status(),
                paidRest.status(), reported.status(), closed.status())).containsOnly(200);
        assertThat(overpaid.status()).isEqualTo(409);
        JsonNode done = closed.json();
        assertThat(done.get("status").asString()).isEqualTo("CLOSED");
        assertThat(done.get("disbursedTotal").asLong()).isEqualTo(300_000);
        List<String> steps = new ArrayList<>();
        done.get("transitions").forEach(t -> steps.add(t.get("to").asString() + "/" + t.get("by").asString()));
        assertThat(steps).containsExactly("DRAFT/test-org-admin", "SUBMITTED/test-org-admin",
                "IN_SCREENING/test-city-staff", "APPROVED/staff-7d41a9b3", "DISBURSED/staff-7d41a9b3",
                "REPORTED/test-org-admin", "CLOSED/test-city-staff");
        List<String> names = new ArrayList<>();
        done.get("transitions").forEach(t -> names.add(t.get("to").asString() + "/" + t.get("byName").asString()));
        assertThat(names).containsExactly("DRAFT/test-org-admin", "SUBMITTED/test-org-admin",
                "IN_SCREENING/test-city-staff", "APPROVED/鈴木 誠（地域づくり課）", "DISBURSED/鈴木 誠（地域づくり課）",
                "REPORTED/test-org-admin", "CLOSED/test-city-staff");
        assertThat(done.get("disbursements").get(0).get("byName").asString()).isEqualTo("鈴木 誠（地域づくり課）");
        assertThat(done.get("disbursements").get(1).get("byName").asString()).isEqualTo("test-city-staff");
        assertThat(done.get("report").get("byName").asString()).isEqualTo("test-org-admin");
        try (TopicProbe probe = new TopicProbe(bootstrapServers, Topics.SUBSIDY_APPLICATION)) {
            List<String> types = probe.await(r -> id.equals(r.key()), 5, Duration.ofSeconds(20)).stream()
                    .map(CloudEventCodec::decode).map(ReceivedEvent::type).toList();
            assertThat(types).containsExactly(EventTypes.APPLICATION_SUBMITTED, EventTypes.APPLICATION_DECIDED,
                    EventTypes.APPLICATION_DISBURSED, EventTypes.APPLICATION_DISBURSED, EventTypes.APPLICATION_REPORTED);
        }
        JsonNode programmeNow = api.get("/api/subsidies/programmes/" + programme).json();
        assertThat(programmeNow.get("approvedTotal").asLong()).isEqualTo(300_000);
        assertThat(programmeNow.get("remaining").asLong()).isEqualTo(4_700_000);
    }

    @Test
    void eligibilityWindowAndMaximumAreChecked() {
        String withoutVision = organization("REGIONAL_MANAGEMENT_ORGANIZATION", false);
        String association = organization("NEIGHBORHOOD_ASSOCIATION", false);
        String programme = openProgramme(5_000_000);
        String closed = programme(5_000_000, null, null, LocalDate.now().minusDays(60), LocalDate.now().minusDays(1));
        String capped = programme(5_000_000, 100_000L, null, LocalDate.now().minusDays(1), LocalDate.now().plusDays(1));

        ApiClient.Response needsVision = draft(programme, withoutVision, "VISION_BASED_ACTIVITY", 100_000, orgAdmin(withoutVision));
        ApiClient.Response drafting = draft(programme, withoutVision, "VISION_DRAFTING", 100_000, orgAdmin(withoutVision));
        ApiClient.Response wrongKind = draft(programme, association, "VISION_DRAFTING", 100_000, orgAdmin(association));
        ApiClient.Response late = draft(closed, withoutVision, "VISION_DRAFTING", 100_000, orgAdmin(withoutVision));
        ApiClient.Response tooMuch = draft(capped, withoutVision, "VISION_DRAFTING", 100_001, orgAdmin(withoutVision));

        ApiClient.Response visionRefused = step(needsVision.json().get("id").asString(), "submission", orgAdmin(withoutVision), etag(needsVision), null);
        assertThat(visionRefused.status()).isEqualTo(422);
        assertThat(visionRefused.json().get("detail").asString()).contains("地域づくりビジョン");
        assertThat(step(drafting.json().get("id").asString(), "submission", orgAdmin(withoutVision), etag(drafting), null)
                .status()).isEqualTo(200);
        assertThat(step(wrongKind.json().get("id").asString(), "submission", orgAdmin(association), etag(wrongKind), null)
                .status()).isEqualTo(422);
        ApiClient.Response lateSubmission = step(late.json().get("id").asString(), "submission", orgAdmin(withoutVision), etag(late), null);
        assertThat(lateSubmission.status()).isEqualTo(422);
        assertThat(lateSubmission.json().get("detail").asString()).contains("are accepted from");
        assertThat(step(tooMuch.json().get("id").asString(), "submission", orgAdmin(withoutVision), etag(tooMuch), null)
                .status()).isEqualTo(422);
    }

    @Test
    void anOrgAdminOfOneOrganizationCannotSeeOrTouchAnothersApplications() {
        String a = organization("REGIONAL_MANAGEMENT_ORGANIZATION", true);
        String b = organization("REGIONAL_MANAGEMENT_ORGANIZATION", true);
        String programme = openProgramme(5_000_000);
        ApiClient.Response bDraft = draft(programme, b, "VISION_DRAFTING", 100_000, orgAdmin(b));
        String bId = bDraft.json().get("id").asString();

        assertThat(api.get(APPLICATIONS + "/" + bId, orgAdmin(a)).status()).isEqualTo(404);
        assertThat(step(bId, "submission", orgAdmin(a), etag(bDraft), null).status()).isIn(403, 404);
        assertThat(api.put(APPLICATIONS + "/" + bId, orgAdmin(a), """
                {"content": {"purpose": "VISION_DRAFTING", "title": "乗っ取り", "requestedAmount": 1}}""", etag(bDraft))
                .status()).isIn(403, 404);
        assertThat(draft(programme, b, "VISION_DRAFTING", 100_000, orgAdmin(a)).status()).isEqualTo(403);
        JsonNode visibleToA = api.get(APPLICATIONS + "?programmeId=" + programme, orgAdmin(a)).json();
        assertThat(visibleToA).isEmpty();
        assertThat(api.get(APPLICATIONS + "/" + bId).status()).isEqualTo(401);
        ApiClient.Response selfApproval = step(bId, "approval", orgAdmin(b), etag(bDraft), "{\"amount\": 1}");
        assertThat(selfApproval.status()).isEqualTo(403);
        assertThat(api.get(APPLICATIONS + "/" + bId, orgAdmin(b)).json().get("title").asString()).isEqualTo("地域づくり活動");
    }

    @Test
    void theInboxPagesByStatusSortedOnTheServerAndAnOrgAdminPagesOnlyTheirOwn() {
        String a = organization("REGIONAL_MANAGEMENT_ORGANIZATION", true);
        String b = organization("REGIONAL_MANAGEMENT_ORGANIZATION", true);
        String programme = openProgramme(5_000_000);
        for (long amount : new long[] {300_000, 100_000, 200_000}) {
            ApiClient.Response drafted = draft(programme, a, "VISION_DRAFTING", amount, orgAdmin(a));
            assertThat(step(drafted.json().get("id").asString(), "submission", orgAdmin(a), etag(drafted), null).status())
                    .isEqualTo(200);
        }
        draft(programme, a, "VISION_DRAFTING", 50_000, orgAdmin(a));
        draft(programme, b, "VISION_DRAFTING", 400_000, orgAdmin(b));

        JsonNode first = api.get(APPLICATIONS + "/paged?programmeId=" + programme
                + "&status=SUBMITTED,IN_SCREENING&sort=amount&order=desc&size=2", TestTokens.cityStaff()).json();
        assertThat(first.get("totalItems").asLong()).isEqualTo(3);
        assertThat(first.get("totalPages").asInt()).isEqualTo(2);
        assertThat(first.get("items").valueStream().map(i -> i.get("requestedAmount").asLong()).toList())
                .containsExactly(300_000L, 200_000L);
        JsonNode second = api.get(APPLICATIONS + "/paged?programmeId=" + programme
                + "&status=SUBMITTED&sort=amount&order=desc&size=2&page=1", TestTokens.cityStaff()).json();
        assertThat(second.get("items").valueStream().map(i -> i.get("requestedAmount").asLong()).toList())
                .containsExactly(100_000L);

        JsonNode bSees = api.get(APPLICATIONS + "/paged?programmeId=" + programme + "&organizationId=" + a, orgAdmin(b)).json();
        assertThat(bSees.get("totalItems").asLong()).isEqualTo(1);
        assertThat(bSees.get("items").get(0).get("organizationId").asString()).isEqualTo(b);
        assertThat(api.get(APPLICATIONS + "/paged?status=OPEN", TestTokens.cityStaff()).status()).isEqualTo(400);
        assertThat(api.get(APPLICATIONS + "/paged?programmeId=" + programme + "&status=,", TestTokens.cityStaff())
                .json().get("totalItems")).as("an empty status names none")
                .isEqualTo(api.get(APPLICATIONS + "/paged?programmeId=" + programme, TestTokens.cityStaff()).json()
                        .get("totalItems"));
        assertThat(api.get(APPLICATIONS + "/paged?sort=title", TestTokens.cityStaff()).status()).isEqualTo(400);
        assertThat(api.get(APPLICATIONS + "/paged?size=0", TestTokens.cityStaff()).status()).isEqualTo(400);
        assertThat(api.get(APPLICATIONS + "/paged").status()).isEqualTo(401);
    }

    @Test
    void simultaneousApprovalsNeverExceedTheEnvelope() throws Exception {
        String organization = organization("REGIONAL_MANAGEMENT_ORGANIZATION", true);
        int applications = 200;
        long each = 100_000;
        String programme = openProgramme(each * 75);
        List<String[]> submitted = new ArrayList<>();
        for (int i = 0; i < applications; i++) {
            ApiClient.Response drafted = draft(programme, organization, "VISION_DRAFTING", each, TestTokens.cityStaff());
            ApiClient.Response sent = step(drafted.json().get("id").asString(), "submission", TestTokens.cityStaff(),
                    etag(drafted), null);
            assertThat(sent.status()).isEqualTo(200);
            submitted.add(new String[] {sent.json().get("id").asString(), etag(sent)});
        }

        CountDownLatch start = new CountDownLatch(1);
        List<Future<ApiClient.Response>> approvals = new ArrayList<>();
        try (ExecutorService staff = Executors.newFixedThreadPool(32)) {
            for (String[] application : submitted) {
                approvals.add(staff.submit(() -> {
                    start.await();
                    return step(application[0], "approval", TestTokens.cityStaff(), application[1],
                            "{\"amount\": " + each + "}");
                }));
            }
            start.countDown();
        }

        List<Integer> statuses = new ArrayList<>();
        for (Future<ApiClient.Response> approval : approvals) {
            ApiClient.Response response = approval.get();
            statuses.add(response.status());
            if (response.status() != 200) {
                assertThat(response.isProblem()).isTrue();
            }
        }
        assertThat(statuses.stream().filter(s -> s == 200).count()).isEqualTo(75);
        assertThat(statuses.stream().filter(s -> s == 409).count()).isEqualTo(applications - 75);
        JsonNode after = api.get("/api/subsidies/programmes/" + programme).json();
        assertThat(after.get("approvedTotal").asLong()).isEqualTo(each * 75);
        assertThat(after.get("remaining").asLong()).isZero();
        long approvedApplications = 0;
        for (JsonNode application : api.get(APPLICATIONS + "?programmeId=" + programme, TestTokens.cityStaff()).json()) {
            if ("APPROVED".equals(application.get("status").asString())) {
                approvedApplications++;
            }
        }
        assertThat(approvedApplications).isEqualTo(75);
    }

    @Test
    void aCapLimitsHowManyApplicationsAreApproved() {
        String organization = organization("REGIONAL_MANAGEMENT_ORGANIZATION", true);
        String programme = programme(10_000_000, null, 1, LocalDate.now().minusDays(1), LocalDate.now().plusDays(1));
        List<String[]> submitted = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            ApiClient.Response drafted = draft(programme, organization, "VISION_DRAFTING", 100_000, TestTokens.cityStaff());
            ApiClient.Response sent = step(drafted.json().get("id").asString(), "submission", TestTokens.cityStaff(),
                    etag(drafted), null);
            submitted.add(new String[] {sent.json().get("id").asString(), etag(sent)});
        }

        ApiClient.Response first = step(submitted.get(0)[0], "approval", TestTokens.cityStaff(), submitted.get(0)[1], "{\"amount\": 100000}");
        ApiClient.Response second = step(submitted.get(1)[0], "approval", TestTokens.cityStaff(), submitted.get(1)[1], "{\"amount\": 100000}");

        assertThat(first.status()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().get("detail").asString()).contains("0 approval(s)");
    }

    @Test
    void competingApplicationsConveneACommitteeWhoseRankingDecidesWithinTheCap() {
        String programme = competitiveProgramme(10_000_000, 2, false, "compete-" + UUID.randomUUID().toString().substring(0, 6));
        List<String> organizations = List.of(organization("REGIONAL_MANAGEMENT_ORGANIZATION", true),
                organization("REGIONAL_MANAGEMENT_ORGANIZATION", true), organization("REGIONAL_MANAGEMENT_ORGANIZATION", true));
        List<String> ids = new ArrayList<>();
        for (String organization : organizations) {
            ApiClient.Response drafted = draft(programme, organization, "VISION_DRAFTING", 100_000, orgAdmin(organization));
            ids.add(step(drafted.json().get("id").asString(), "submission", orgAdmin(organization), etag(drafted), null)
                    .json().get("id").asString());
        }
        String screening = "/api/subsidies/programmes/" + programme + "/screening";

        ApiClient.Response convened = api.get(screening, TestTokens.cityStaff());
        assertThat(convened.status()).isEqualTo(200);
        assertThat(convened.json().get("convenedBecause").asString()).isEqualTo("3 applications for 2 place(s)");
        assertThat(api.get(screening, orgAdmin(organizations.get(0))).status()).isEqualTo(403);

        ApiClient.Response appointed = api.post(screening + "/reviewers", TestTokens.cityStaff(), """
                {"subject": "staff-7d41a9b3", "name": "審査委員", "connectedOrganizations": ["%s"]}
                """.formatted(organizations.get(2)));
        assertThat(appointed.status()).isEqualTo(428);
        appointed = api.send("POST", screening + "/reviewers", TestTokens.cityStaff(), "application/json", """
                {"subject": "staff-7d41a9b3", "name": "審査委員", "connectedOrganizations": ["%s"]}
                """.formatted(organizations.get(2)), etag(convened));
        String reviewer = TestTokens.forPerson(Roles.CITY_STAFF, null, "staff-7d41a9b3", "鈴木 誠（地域づくり課）");
        ApiClient.Response first = api.put(screening + "/scores/" + ids.get(1), reviewer,
                "{\"scores\": {\"有益性\": 5, \"緊急性\": 4}}", etag(appointed));
        ApiClient.Response second = api.put(screening + "/scores/" + ids.get(0), reviewer,
                "{\"scores\": {\"有益性\": 2, \"緊急性\": 2}}", etag(first));
        ApiClient.Response recused = api.put(screening + "/scores/" + ids.get(2), reviewer,
                "{\"scores\": {\"有益性\": 5, \"緊急性\": 5}}", etag(second));
        ApiClient.Response notOnTheCommittee = api.put(screening + "/scores/" + ids.get(0), TestTokens.cityStaff(),
                "{\"scores\": {\"有益性\": 5, \"緊急性\": 5}}", etag(second));
        assertThat(List.of(appointed.status(), first.status(), second.status())).containsOnly(200);
        assertThat(second.json().get("scores")).hasSize(2).allSatisfy(score -> {
            assertThat(score.get("reviewer").asString()).isEqualTo("staff-7d41a9b3");
            assertThat(score.get("reviewerName").asString()).isEqualTo("鈴木 誠（地域づくり課）");
        });
        assertThat(notOnTheCommittee.status()).isEqualTo(422);
        assertThat(recused.status()).isEqualTo(422);
        assertThat(recused.json().get("detail").asString()).contains("recused");

        ApiClient.Response staleScore = api.put(screening + "/scores/" + ids.get(0), reviewer,
                "{\"scores\": {\"有益性\": 1, \"緊急性\": 1}}", etag(first));
        ApiClient.Response staleDecision = api.send("POST", screening + "/decision", TestTokens.cityStaff(), null, null,
                etag(first));
        assertThat(List.of(staleScore, staleDecision)).allSatisfy(stale -> {
            assertThat(stale.status()).isEqualTo(412);
            assertThat(stale.json().get("type").asString()).isEqualTo("urn:kizuna:problem:precondition-failed");
        });
        assertThat(api.get(APPLICATIONS + "/" + ids.get(0), TestTokens.cityStaff()).json().get("status").asString())
                .as("not decided by the refused decision").isNotIn("APPROVED", "REJECTED");

        ApiClient.Response decided = api.send("POST", screening + "/decision", TestTokens.cityStaff(), null, null, etag(second));

        assertThat(decided.status()).isEqualTo(200);
        List<String> order = new ArrayList<>();
        decided.json().get("ranking").forEach(p -> order.add(p.get("candidate").get("applicationId").asString()));
        assertThat(order).containsExactly(ids.get(1), ids.get(0), ids.get(2));
        assertThat(api.get(APPLICATIONS + "/" + ids.get(1), TestTokens.cityStaff()).json().get("status").asString()).isEqualTo("APPROVED");
        assertThat(api.get(APPLICATIONS + "/" + ids.get(0), TestTokens.cityStaff()).json().get("status").asString()).isEqualTo("APPROVED");
        JsonNode third = api.get(APPLICATIONS + "/" + ids.get(2), TestTokens.cityStaff()).json();
        assertThat(third.get("status").asString()).isEqualTo("REJECTED");
        assertThat(third.get("rejectionReason").asString()).startsWith("審査会順位 3 位");
        assertThat(api.get("/api/subsidies/programmes/" + programme).json().get("slotsLeft").asInt()).isZero();
    }

    @Test
    void aPriorityQueueFundsInOrderFromTheYearsEnvelopeAndCarriesTheRestOver() {
        String slug = "meeting-" + UUID.randomUUID().toString().substring(0, 6);
        String programme = competitiveProgramme(3_000_000, 10, true, slug);
        String queue = "/api/subsidies/priority-queues/" + slug;

        ApiClient.Response entered = api.post(queue + "/requests", TestTokens.cityStaff(),
                "{\"organizationId\": \"na-1\", \"title\": \"屋根の修繕\", \"amount\": 2000000, \"priority\": 1, \"fiscalYear\": 2026}");
        entered = api.send("POST", queue + "/requests", TestTokens.cityStaff(), "application/json",
                "{\"organizationId\": \"na-2\", \"title\": \"外壁の修繕\", \"amount\": 1500000, \"priority\": 2, \"fiscalYear\": 2026}",
                etag(entered));
        ApiClient.Response funded = api.send("POST", queue + "/funding", TestTokens.cityStaff(), "application/json",
                "{\"fiscalYear\": 2026}", etag(entered));

        assertThat(funded.status()).as(funded.body()).isEqualTo(200);
        assertThat(funded.json().get("funded")).singleElement()
                .satisfies(e -> assertThat(e.get("organizationId").asString()).isEqualTo("na-1"));
        assertThat(funded.json().get("carriedOver").get(0).get("timesCarriedOver").asInt()).isEqualTo(1);
        assertThat(funded.json().get("remaining").asLong()).isEqualTo(1_000_000);
        assertThat(api.get("/api/subsidies/programmes/" + programme).json().get("approvedTotal").asLong()).isEqualTo(2_000_000);
        JsonNode kept = api.get(queue, TestTokens.cityStaff()).json();
        assertThat(kept.get("entries").valueStream().map(e -> e.get("title").asString() + ":" + e.get("status").asString()))
                .containsExactly("屋根の修繕:FUNDED", "外壁の修繕:WAITING");
        assertThat(kept.get("waiting")).singleElement()
                .satisfies(e -> assertThat(e.get("timesCarriedOver").asInt()).isEqualTo(1));
        assertThat(kept.get("fundedYears").get(0).asInt()).isEqualTo(2026);
        assertThat(kept.get("version").asLong()).isPositive();
        assertThat(api.get(queue).status()).isEqualTo(401);
    }

    @Test
    void aQueueThatDoesNotExistYetMatchesNoIfMatchAndAGarbledOneIsRefused() {
        String queue = "/api/subsidies/priority-queues/nowhere-" + UUID.randomUUID().toString().substring(0, 6);
        String request = "{\"organizationId\": \"na-1\", \"title\": \"屋根の修繕\", \"amount\": 2000000, \"priority\": 1, \"fiscalYear\": 2026}";

        ApiClient.Response garbled = api.send("POST", queue + "/requests", TestTokens.cityStaff(), "application/json",
                request, "\"\\\"; DROP");
        ApiClient.Response stale = api.send("POST", queue + "/requests", TestTokens.cityStaff(), "application/json",
                request, "\"3\"");

        assertThat(garbled.status()).as(garbled.body()).isEqualTo(400);
        assertThat(stale.status()).as(stale.body()).isEqualTo(412);
        assertThat(api.get(queue, TestTokens.cityStaff()).status()).isEqualTo(404);
    }
}
