package jp.kizuna.e2e.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;

import jp.kizuna.e2e.RunningStack;
import jp.kizuna.platform.testing.ApiClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Subsidies in the console, in a real browser: the officer of 一箕 drafts an application with its plan and
 * submits it; it competes with 北会津's for the programme's one place, so the screening committee is convened;
 * city staff appoint two reviewers (佐藤, connected to 一箕, is recused from its application and the page says
 * why), score, and decide by the ranking within the envelope and the cap; the officer sees the decision. Every
 * page is checked with axe-core and kept as a screenshot.
 */
@ExtendWith(RunningStack.class)
class SubsidyConsoleInBrowserIT {

    static final String OFFICER = "officer.ikki@kizuna.example";
    static final String OFFICER_PASSWORD = "hitomi-machizukuri-24";
    static final String STAFF = "staff@kizuna.example";
    static final String STAFF_PASSWORD = "chiiki-zukuri-ka-desk";
    static final String ADMIN = "admin@kizuna.example";
    static final String ADMIN_PASSWORD = "joho-seisaku-kanri-01";

    final String site = RunningStack.stack().settings().gatewayUrl();

    @Test
    void anIkkiOfficersApplicationIsScreenedByTwoReviewersOneRecusedAndApprovedWithinTheEnvelope() {
        String slug = "e2e-vision-" + System.nanoTime() % 100_000;
        String programme = anOpenProgrammeWithOnePlace(slug);
        String competitor = aCompetingApplicationOfKitaAizu(programme);
        String title = "一箕地区ビジョン策定ワークショップ " + slug;
        String applicationId;

        try (Chromium officer = Chromium.open(site, "subsidies-officer")) {
            officer.go("/");
            PortalInBrowserIT.signIn(officer, OFFICER, OFFICER_PASSWORD);
            officer.click(By.cssSelector(".site-nav a[href='/console']"));
            officer.find(By.id("subsidies-title"));
            officer.checkPage("dashboard-officer");
            officer.click(By.cssSelector("#subsidies a"));
            officer.click(By.cssSelector("a[href='/console/subsidies/new']"));
            new Select(officer.find(By.id("programmeId"))).selectByValue(programme);
            new Select(officer.find(By.id("purpose"))).selectByValue("VISION_DRAFTING");
            officer.type(By.id("title"), title)
                    .type(By.id("plan"), "全5回のワークショップで地域づくりビジョンを策定する。\n会場費：50,000円\n講師謝礼：250,000円")
                    .type(By.id("requestedAmount"), "300,000");
            officer.checkPage("new-application");
            officer.click(By.cssSelector("#draft-form button[type=submit]"));
            assertThat(officer.text(By.cssSelector("main .notice--ok"))).contains("下書きを保存しました");
            assertThat(officer.text(By.id("facts"))).contains("下書き", "300,000円", "一箕地区ひとみ創造ネットワーク");
            officer.checkPage("application-draft");
            applicationId = officer.url().substring(officer.url().lastIndexOf('/') + 1);

            officer.click(By.cssSelector("#submission button"));
            shows(officer, By.cssSelector("main .notice--ok"), "提出しました");
            assertThat(officer.text(By.id("history"))).contains("下書き → 提出済み", "滝沢 みどり");
            officer.resize(Chromium.PHONE).checkPage("application-submitted-phone");
        }

        try (Chromium staff = Chromium.open(site, "subsidies-staff")) {
            staff.go("/");
            PortalInBrowserIT.signIn(staff, STAFF, STAFF_PASSWORD);
            staff.go("/console");
            assertThat(staff.text(By.cssSelector("#subsidies p"))).contains("審査を待っている申請が");
            staff.click(By.cssSelector("#subsidies a"));
            assertThat(staff.text(By.id("applications"))).contains(title, "一箕地区ひとみ創造ネットワーク");
            staff.checkPage("inbox");

            staff.go("/console/subsidies/programmes/" + programme + "/screening");
            assertThat(staff.text(By.cssSelector("main .lead"))).contains("審査会を開きました");
            staff.click(By.id("reviewer-self")).click(By.cssSelector("#appoint button[type=submit]"));
            shows(staff, By.cssSelector("main .notice--ok"), "審査員を加えました");
            staff.type(By.id("reviewer-subject"), subjectOf(RunningStack.personToken(ADMIN, ADMIN_PASSWORD)))
                    .type(By.id("reviewer-name"), "佐藤 直子（情報政策課）").type(By.id("reviewer-connected"), "ikki")
                    .click(By.cssSelector("#appoint button[type=submit]"));
            shows(staff, By.id("reviewers"), "佐藤 直子（情報政策課） ikki");
            assertThat(staff.text(By.id("reviewers"))).contains("鈴木 誠");
            assertThat(staff.text(By.id("rank-" + applicationId)))
                    .contains("佐藤 直子（情報政策課）：一箕地区ひとみ創造ネットワーク と関係があるため、この申請を採点しません");

            staff.click(By.cssSelector("label[for='score-" + applicationId + "-c0-5']"))
                    .click(By.cssSelector("label[for='score-" + applicationId + "-c1-4']"))
                    .click(By.cssSelector("#candidate-" + applicationId + " button[type=submit]"));
            shows(staff, By.cssSelector("main .notice--ok"), "採点を保存しました");
            staff.click(By.cssSelector("label[for='score-" + competitor + "-c0-2']"))
                    .click(By.cssSelector("label[for='score-" + competitor + "-c1-3']"))
                    .click(By.cssSelector("#candidate-" + competitor + " button[type=submit]"));
            shows(staff, By.id("rank-" + competitor), "1 名が採点");
            assertThat(staff.text(By.id("rank-" + applicationId))).startsWith("1");
            staff.checkPage("screening-scored");

            staff.click(By.cssSelector("#decision button"));
            shows(staff, By.cssSelector("main .notice--ok"), "審査会の決定を記録しました");
            assertThat(staff.text(By.id("outcome"))).contains(title, "交付決定", "300,000円", "不採択");
            staff.checkPage("screening-decided");
        }
        JsonNode after = RunningStack.gateway().get("/api/subsidies/programmes/" + programme, null).json();
        assertThat(after.get("approvedTotal").asLong()).isEqualTo(300_000);

        try (Chromium officer = Chromium.open(site, "subsidies-officer-decided")) {
            officer.go("/");
            PortalInBrowserIT.signIn(officer, OFFICER, OFFICER_PASSWORD);
            officer.go("/console/subsidies/applications/" + applicationId);
            assertThat(officer.text(By.id("facts"))).contains("交付決定", "300,000円");
            assertThat(officer.text(By.id("history"))).contains("交付決定", "審査会の決定による");
            officer.checkPage("application-approved");
        }
    }

    /** Waits for the page that a click leads to: until what the element says contains the text. */
    static void shows(Chromium browser, By by, String text) {
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> assertThat(browser.text(by)).contains(text));
    }

    /** A programme of this fiscal year open today, with one place and two weighted criteria. */
    static String anOpenProgrammeWithOnePlace(String slug) {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        int fiscalYear = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
        ApiClient.Response created = RunningStack.gateway().post("/api/subsidies/programmes", RunningStack.token("city-staff"), """
                {"slug": "%s", "name": "地域づくりビジョン推進事業補助金（試験）", "fiscalYear": %d, "envelope": 1000000,
                 "opensOn": "%s", "closesOn": "%s", "maxPerApplication": 500000, "applicationCap": 1,
                 "criteria": [{"name": "有益性", "weight": 2}, {"name": "実現性", "weight": 1}],
                 "eligibility": {"kinds": ["REGIONAL_MANAGEMENT_ORGANIZATION"], "activeOnly": true, "purposes": ["VISION_DRAFTING"]}}
                """.formatted(slug, fiscalYear, today.minusDays(1), today.plusDays(30)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    /** 北会津's application, drafted and submitted by the city on its behalf. */
    static String aCompetingApplicationOfKitaAizu(String programme) {
        ApiClient gateway = RunningStack.gateway();
        String staff = RunningStack.token("city-staff");
        ApiClient.Response[] drafted = new ApiClient.Response[1];
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            drafted[0] = gateway.post("/api/subsidies/applications", staff, """
                    {"programmeId": "%s", "organizationId": "kitaaizu",
                     "content": {"purpose": "VISION_DRAFTING", "title": "北会津地区ビジョン策定", "description": "住民アンケート",
                                 "requestedAmount": 200000}}""".formatted(programme));
            return drafted[0].status() != 503 && !(drafted[0].status() == 422 && drafted[0].body().contains("not known"));
        });
        assertThat(drafted[0].status()).as(drafted[0].body()).isEqualTo(201);
        String id = drafted[0].json().get("id").asString();
        ApiClient.Response submitted = gateway.send("POST", "/api/subsidies/applications/" + id + "/submission", staff, null,
                null, drafted[0].header("ETag").orElseThrow());
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        return id;
    }

    /** The account a person's token names (its {@code sub}), as the committee knows its reviewers. */
    static String subjectOf(String token) {
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        return JsonMapper.builder().build().readTree(payload).get("sub").asString();
    }
}
