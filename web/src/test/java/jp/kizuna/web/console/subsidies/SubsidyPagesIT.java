package jp.kizuna.web.console.subsidies;

import static jp.kizuna.web.support.FakePublicApi.Answer.json;
import static jp.kizuna.web.support.FakePublicApi.Answer.problem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import jp.kizuna.web.support.Browser.Page;
import jp.kizuna.web.support.FakeIssuer;
import jp.kizuna.web.support.FakePublicApi.Answer;
import jp.kizuna.web.support.FakePublicApi.Call;
import jp.kizuna.web.support.Fixtures;
import jp.kizuna.web.support.PortalAgainstFakeApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Subsidy applications in the console, in front of a fake API: an officer of 一箕 drafts, submits and amends
 * their organization's application; staff page through the inbox by status, screen with reviewers (one
 * recused, and the page says why), score, decide within the envelope, pay; staff set up programmes. Every change names the version it
 * read; a refusal is told in place with what was typed kept; a change meanwhile shows the current values.
 */
class SubsidyPagesIT extends PortalAgainstFakeApi {

    static final FakeIssuer.Person STAFF = new FakeIssuer.Person("staff-suzuki", "鈴木 誠（地域づくり課）", List.of("city-staff"));
    static final FakeIssuer.Person ADMIN = new FakeIssuer.Person("admin-sato", "佐藤 直子（情報政策課）", List.of("city-admin"));
    static final FakeIssuer.Person MIDORI = FakeIssuer.Person.of("ikki", "officer-midori", "滝沢 みどり", "org-admin");
    static final FakeIssuer.Person PARTNER = FakeIssuer.Person.of("minato", "partner-ken", "湊 健一", "partner");

    static final String PROGRAMME = Fixtures.json("subsidies/programme-vision-promotion.json");
    static final String DRAFT = Fixtures.json("subsidies/application-ikki-draft.json");
    static final String SUBMITTED = Fixtures.json("subsidies/application-ikki-submitted.json");
    static final String MINATO = Fixtures.json("subsidies/application-minato-submitted.json");
    static final String SCREENING = Fixtures.json("subsidies/screening.json");
    static final String PAGED = "/api/subsidies/applications/paged";
    static final String ROUND = "/api/subsidies/programmes/vision-promotion:FY2024/screening";

    @BeforeEach
    void theVisionProgrammeWithIkkisDraft() {
        API.on("GET", "/api/subsidies/programmes", json("[" + PROGRAMME + "]"));
        API.on("GET", "/api/subsidies/programmes/vision-promotion:FY2024", json(PROGRAMME).withHeader("ETag", "\"0\""));
        API.on("GET", "/api/subsidies/applications/app-ikki-1", json(DRAFT).withHeader("ETag", "\"0\""));
        API.on("GET", PAGED, json(Fixtures.page(DRAFT)));
        API.on("GET", "/api/events", json(Fixtures.emptyPage()));
        API.on("GET", "/api/events/moderation", json("[]"));
    }

    @Test
    void anOfficerDraftsAnApplicationForTheirOwnOrganizationWithItsPlan() {
        Page form = browser.signIn(ISSUER, MIDORI, "/console/subsidies/new");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.document().select("#programmeId option").eachText()).contains("地域づくりビジョン推進事業補助金（令和6年度）");
        assertThat(form.document().select("#organizationId")).isEmpty();
        API.on("POST", "/api/subsidies/applications", Answer.created(DRAFT).withHeader("ETag", "\"0\""));

        Page sent = browser.submit(form, "#draft-form", Map.of("programmeId", "vision-promotion:FY2024",
                "purpose", "VISION_DRAFTING", "title", "一箕地区ビジョン策定ワークショップ",
                "plan", "全5回のワークショップ\n会場費：50,000円", "requestedAmount", "２００,０００円"));

        assertThat(sent.status()).isEqualTo(302);
        assertThat(sent.location()).endsWith("/console/subsidies/applications/app-ikki-1");
        Call drafted = API.lastCall("POST", "/api/subsidies/applications");
        assertThat(drafted.body()).contains("\"organizationId\":\"ikki\"", "\"programmeId\":\"vision-promotion:FY2024\"",
                "\"requestedAmount\":200000", "\"purpose\":\"VISION_DRAFTING\"", "会場費：50,000円");
        assertThat(drafted.header("Authorization")).isEqualTo("Bearer " + ISSUER.lastIssuedTo(MIDORI).accessToken());
        Page application = browser.followed(sent);
        assertThat(application.document().select("main [role=status]").text()).contains("下書きを保存しました");
        assertThat(application.document().select("#facts").text()).contains("下書き", "200,000円", "一箕地区ひとみ創造ネットワーク");
        assertThat(application.document().select("#history tbody tr").text()).contains("下書き", "滝沢 みどり");
        assertThat(application.document().select("#submission form")).hasSize(1);
        assertThat(application.document().select("#approval")).isEmpty();
    }

    @Test
    void aDraftWhoseAmountCannotBeReadIsToldAtTheFieldAndKeepsWhatWasTyped() {
        Page form = browser.signIn(ISSUER, MIDORI, "/console/subsidies/new?programmeId=vision-promotion:FY2024");

        Page refused = browser.submit(form, "#draft-form", Map.of("programmeId", "vision-promotion:FY2024",
                "purpose", "VISION_DRAFTING", "title", "ビジョン策定", "plan", "計画", "requestedAmount", "二十万"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(API.calls("POST", "/api/subsidies/applications")).isEmpty();
        assertThat(refused.document().select("#problem a[href=#requestedAmount]").text()).contains("申請額（円）", "整数");
        assertThat(refused.document().select("#requestedAmount").attr("aria-describedby")).contains("requestedAmount-error");
        assertThat(refused.document().select("#requestedAmount-error").text()).contains("1円以上の整数");
        assertThat(refused.document().select("#requestedAmount").val()).isEqualTo("二十万");
        assertThat(refused.document().select("#title").val()).isEqualTo("ビジョン策定");
        assertThat(refused.document().select("#plan").text()).isEqualTo("計画");
        assertThat(refused.document().select("#programmeId option[selected]").val()).isEqualTo("vision-promotion:FY2024");
    }

    @Test
    void aDraftTheApiRefusesShowsItsWordsAtTheFieldItNames() {
        Page form = browser.signIn(ISSUER, MIDORI, "/console/subsidies/new");
        API.on("POST", "/api/subsidies/applications", problem(400, "validation-failed", "content.title: size must be at most 200",
                Map.of("errors", List.of(Map.of("field", "content.title", "message", "size must be between 0 and 200")))));

        Page refused = browser.submit(form, "#draft-form", Map.of("programmeId", "vision-promotion:FY2024",
                "purpose", "VISION_DRAFTING", "title", "長い事業名", "requestedAmount", "100000"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.document().select("#problem p").first().text()).isEqualTo("入力内容に誤りがあります。内容を確かめて、もう一度お試しください。");
        assertThat(refused.document().select("#title-error").text()).isEqualTo("size must be between 0 and 200");
        assertThat(refused.document().select("#title").val()).isEqualTo("長い事業名");
    }

    @Test
    void submittingNamesTheVersionItReadAndARuleTheApiHoldsToIsToldInPlace() {
        Page application = browser.signIn(ISSUER, MIDORI, "/console/subsidies/applications/app-ikki-1");
        API.on("POST", "/api/subsidies/applications/app-ikki-1/submission", problem(422, "rule-violated",
                "Not eligible: 一箕地区ひとみ創造ネットワーク is not active."));

        Page refused = browser.submit(application, "#submission form", Map.of());

        assertThat(API.lastCall("POST", "/api/subsidies/applications/app-ikki-1/submission").header("If-Match")).isEqualTo("\"0\"");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.document().select("#problem").text()).contains("決まりにより、この操作はできません。", "is not active");
        assertThat(refused.document().select("#facts").text()).contains("下書き");
    }

    @Test
    void aSubmissionSaysItWentToTheCity() {
        Page application = browser.signIn(ISSUER, MIDORI, "/console/subsidies/applications/app-ikki-1");
        API.on("POST", "/api/subsidies/applications/app-ikki-1/submission", json(SUBMITTED).withHeader("ETag", "\"1\""));

        Page sent = browser.submit(application, "#submission form", Map.of());

        assertThat(sent.status()).isEqualTo(302);
        API.on("GET", "/api/subsidies/applications/app-ikki-1", json(SUBMITTED).withHeader("ETag", "\"1\""));
        Page after = browser.followed(sent);
        assertThat(after.document().select("main [role=status]").text()).contains("提出しました");
        assertThat(after.document().select("#history tbody tr").first().text()).contains("下書き → 提出済み");
        assertThat(after.document().select("#amendment-title").text()).isEqualTo("内容を変更する");
    }

    @Test
    void anAmendmentChangedMeanwhileShowsTheCurrentValuesAndKeepsWhatWasTyped() {
        API.on("GET", "/api/subsidies/applications/app-ikki-1", json(DRAFT).withHeader("ETag", "\"0\""));
        Page application = browser.signIn(ISSUER, MIDORI, "/console/subsidies/applications/app-ikki-1");
        // meanwhile the application was submitted and amended by someone else
        API.on("GET", "/api/subsidies/applications/app-ikki-1", json(SUBMITTED).withHeader("ETag", "\"1\""));
        API.on("PUT", "/api/subsidies/applications/app-ikki-1", problem(412, "precondition-failed",
                "Application app-ikki-1 is at version 1, not 0."));

        Page refused = browser.submit(application, "#amendment form", Map.of("purpose", "VISION_DRAFTING",
                "title", "私の変更した事業名", "plan", "私の計画", "requestedAmount", "180000"));

        Call amended = API.lastCall("PUT", "/api/subsidies/applications/app-ikki-1");
        assertThat(amended.header("If-Match")).isEqualTo("\"0\"");
        assertThat(amended.body()).contains("\"title\":\"私の変更した事業名\"", "\"requestedAmount\":180000");
        assertThat(refused.status()).isEqualTo(412);
        assertThat(refused.document().select("#problem").text())
                .contains("ほかの人が先に変更しました", "いま保存されている内容を表示しています");
        assertThat(refused.document().select("h1").text()).isEqualTo("一箕地区ビジョン策定ワークショップ（会場変更）");
        assertThat(refused.document().select("#facts").text()).contains("提出済み", "250,000円");
        assertThat(refused.document().select("#title").val()).isEqualTo("私の変更した事業名");
        assertThat(refused.document().select("#requestedAmount").val()).isEqualTo("180000");
        assertThat(refused.document().select("#amendment input[name=version]").val()).isEqualTo("\"1\"");
    }

    @Test
    void staffInboxOpensOnWhatWaitsForScreeningPagedAndSortedByTheApi() {
        API.on("GET", PAGED, json(Fixtures.page(0, 20, 41, MINATO, SUBMITTED)));

        Page inbox = browser.signIn(ISSUER, STAFF, "/console/subsidies");

        Call asked = API.lastCall("GET", PAGED);
        assertThat(asked.query("status")).isEqualTo("SUBMITTED,IN_SCREENING");
        assertThat(asked.query("sort")).isEqualTo("created");
        assertThat(asked.query("order")).isEqualTo("asc");
        assertThat(asked.query("page")).isEqualTo("0");
        assertThat(asked.query("size")).isEqualTo("20");
        assertThat(inbox.document().select("#applications caption").text()).isEqualTo("審査待ちの申請 41 件");
        assertThat(inbox.document().select("#applications tbody tr")).hasSize(2);
        assertThat(inbox.document().select("#applications th[aria-sort]").text()).contains("作成日時");
        assertThat(inbox.document().select(".pager").text()).contains("1 / 3");
        assertThat(inbox.document().select("a[aria-current=page]").text()).contains("審査待ち");
        assertThat(inbox.document().select("#programmes a[href$=/screening]")).hasSize(1);

        browser.get("/console/subsidies?status=APPROVED&sort=amount&order=desc&page=2");
        Call sorted = API.lastCall("GET", PAGED);
        assertThat(sorted.query("status")).isEqualTo("APPROVED");
        assertThat(sorted.query("sort")).isEqualTo("amount");
        assertThat(sorted.query("order")).isEqualTo("desc");
        assertThat(sorted.query("page")).isEqualTo("2");
    }

    @Test
    void anOfficerSeesTheirOwnAndAnUnknownSortIsTheDefault() {
        Page mine = browser.signIn(ISSUER, MIDORI, "/console/subsidies?sort=title&order=sideways&status=OPEN");

        Call asked = API.lastCall("GET", PAGED);
        assertThat(asked.query("status")).isNull();
        assertThat(asked.query("sort")).isEqualTo("created");
        assertThat(asked.query("order")).isEqualTo("asc");
        assertThat(mine.document().select("#applications tbody tr").text()).contains("一箕地区ビジョン策定ワークショップ", "下書き");
        assertThat(mine.document().select("#programmes a[href$=/screening]")).isEmpty();
        assertThat(mine.document().select("a[href*=status=action]").text()).isEqualTo("対応が必要");
    }

    @Test
    void aPartnerIsToldReadablyThatSubsidiesAreNotTheirsBeforeAnyCall() {
        Page refused = browser.signIn(ISSUER, PARTNER, "/console/subsidies");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.mainText()).contains("補助金の申請は、市の担当者と団体の担当者が扱います。");
        assertThat(API.calls("GET", PAGED)).isEmpty();
    }

    @Test
    void anOfficerIsToldInPlaceThatTheScreeningAndTheProgrammesAreCityStaffsBeforeAnyCall() {
        browser.signIn(ISSUER, MIDORI, "/console/subsidies");

        for (String page : List.of("/console/subsidies/programmes/vision-promotion:FY2024/screening",
                "/console/subsidies/programmes")) {
            Page refused = browser.get(page);

            assertThat(refused.status()).as(page).isEqualTo(403);
            assertThat(refused.mainText()).as(page).contains("予算・補助事業・審査会・優先順位の画面は、市の担当者が使います。");
            assertThat(refused.document().select(".signed-in-as").text()).as(page).contains("滝沢 みどり");
            assertThat(refused.document().select(".site-nav a[href=/console]")).as(page).hasSize(1);
            assertThat(refused.document().select("a[hreflang=en]").attr("href")).as(page).isEqualTo(page + "?lang=en");
        }
        assertThat(API.calls("GET", ROUND)).isEmpty();
        assertThat(browser.get("/console/subsidies/programmes?lang=en").mainText()).contains("city staff's pages");
    }

    @Test
    void anOfficersDecisionIsRefusedInPlaceAndNothingIsSent() {
        Page draft = browser.signIn(ISSUER, MIDORI, "/console/subsidies/applications/app-ikki-1");

        Page refused = browser.post("/console/subsidies/applications/app-ikki-1/approval", Map.of("_csrf",
                draft.document().select("input[name=_csrf]").val(), "version", "\"0\"", "amount", "300000"));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.mainText()).contains("審査・決定・交付・完了の手続きは、市の担当者が行います。");
        assertThat(API.calls("POST", "/api/subsidies/applications/app-ikki-1/approval")).isEmpty();
    }

    @Test
    void theScreeningShowsTheRankingAndWhyAReviewerIsRecused() {
        screeningOfTwo();

        Page round = browser.signIn(ISSUER, STAFF, "/console/subsidies/programmes/vision-promotion:FY2024/screening");

        assertThat(round.status()).isEqualTo(200);
        assertThat(round.document().select("#reviewers tbody tr").eachText())
                .containsExactly("鈴木 誠（地域づくり課） なし", "佐藤 直子（情報政策課） ikki");
        assertThat(round.document().select("#rank-app-minato-1").text()).contains("1", "湊地区ビジョン策定", "2.667（1 名が採点）");
        assertThat(round.document().select("#rank-app-ikki-1").text()).contains("2", "未採点",
                "佐藤 直子（情報政策課）：一箕地区ひとみ創造ネットワーク と関係があるため、この申請を採点しません");
        assertThat(round.document().select("#candidate-app-minato-1 input[name=c0][value=3]").hasAttr("checked")).isTrue();
        assertThat(round.document().select("#candidate-app-ikki-1 form")).hasSize(1);
        assertThat(round.document().select("#decision form")).hasSize(1);
    }

    @Test
    void aRecusedReviewerIsNotOfferedTheScoresOfTheApplicantTheyAreConnectedTo() {
        screeningOfTwo();

        Page round = browser.signIn(ISSUER, ADMIN, "/console/subsidies/programmes/vision-promotion:FY2024/screening");

        assertThat(round.document().select("#candidate-app-ikki-1 form")).isEmpty();
        assertThat(round.document().select("#candidate-app-ikki-1 .notice").text()).contains("関係があるため");
        assertThat(round.document().select("#candidate-app-minato-1 form")).hasSize(1);
    }

    @Test
    void aReviewersScoresGoByCriterionWithTheVersionTheyRead() {
        screeningOfTwo();
        Page round = browser.signIn(ISSUER, STAFF, "/console/subsidies/programmes/vision-promotion:FY2024/screening");
        API.on("PUT", ROUND + "/scores/app-ikki-1", json(SCREENING).withHeader("ETag", "\"4\""));

        Page sent = browser.submit(round, "#candidate-app-ikki-1 form", Map.of("c0", "5", "c1", "4"));

        Call scored = API.lastCall("PUT", ROUND + "/scores/app-ikki-1");
        assertThat(scored.header("If-Match")).isEqualTo("\"3\"");
        assertThat(scored.body()).contains("\"有益性\":5", "\"実現性\":4");
        assertThat(sent.status()).isEqualTo(302);
        assertThat(sent.location()).endsWith("/screening#candidate-app-ikki-1");
    }

    @Test
    void aScoreLeftOutIsToldAtItsCriterionAndTheOtherIsKept() {
        screeningOfTwo();
        Page round = browser.signIn(ISSUER, STAFF, "/console/subsidies/programmes/vision-promotion:FY2024/screening");

        Page refused = browser.submit(round, "#candidate-app-ikki-1 form", Map.of("c0", "4"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(API.calls("PUT", ROUND + "/scores/app-ikki-1")).isEmpty();
        assertThat(refused.document().select("#problem a[href=#score-app-ikki-1-c1]").text()).contains("実現性", "0から5");
        assertThat(refused.document().select("#candidate-app-ikki-1 input[name=c0][value=4]").hasAttr("checked")).isTrue();
    }

    @Test
    void appointingMyselfSendsMyAccountAndTheOrganizationsImConnectedTo() {
        screeningOfTwo();
        Page round = browser.signIn(ISSUER, STAFF, "/console/subsidies/programmes/vision-promotion:FY2024/screening");
        API.on("POST", ROUND + "/reviewers", json(SCREENING).withHeader("ETag", "\"4\""));

        browser.submit(round, "#appoint", Map.of("self", "true", "connected", "minato、 kita-aizu"));

        Call appointed = API.lastCall("POST", ROUND + "/reviewers");
        assertThat(appointed.header("If-Match")).isEqualTo("\"3\"");
        assertThat(appointed.body()).contains("\"subject\":\"staff-suzuki\"", "\"name\":\"鈴木 誠（地域づくり課）\"",
                "\"connectedOrganizations\":[\"minato\",\"kita-aizu\"]");
    }

    @Test
    void aRefusedAppointmentOfMyselfKeepsMyselfChosen() {
        screeningOfTwo();
        Page round = browser.signIn(ISSUER, STAFF, "/console/subsidies/programmes/vision-promotion:FY2024/screening");
        API.on("POST", ROUND + "/reviewers", problem(409, "conflict", "staff-suzuki is a reviewer already."));

        Page refused = browser.submit(round, "#appoint", Map.of("self", "true", "connected", "minato"));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.document().select("#problem").text()).isNotBlank();
        assertThat(refused.document().select("#reviewer-self").hasAttr("checked")).isTrue();
        assertThat(refused.document().select("#reviewer-connected").val()).isEqualTo("minato");
    }

    @Test
    void aScoreLeftOutIsLinkedToItsGroupOfChoicesAndTheGroupToItsMessage() {
        screeningOfTwo();
        Page round = browser.signIn(ISSUER, STAFF, "/console/subsidies/programmes/vision-promotion:FY2024/screening");

        Page refused = browser.submit(round, "#candidate-app-ikki-1 form", Map.of("c0", "4"));

        String link = refused.document().select("#problem a").attr("href");
        assertThat(link).isEqualTo("#score-app-ikki-1-c1");
        assertThat(refused.document().select("fieldset" + link).attr("aria-describedby")).isEqualTo("score-app-ikki-1-c1-error");
        assertThat(refused.document().select("fieldset" + link + " legend").text()).contains("実現性");
        assertThat(refused.document().select("#score-app-ikki-1-c1-error").text()).contains("0から5");
        assertThat(refused.document().select("fieldset#score-app-ikki-1-c0").hasAttr("aria-describedby")).isFalse();
    }

    @Test
    void aDecisionAfterAChangeMeanwhileShowsTheCommitteeAsItIsNow() {
        screeningOfTwo();
        Page round = browser.signIn(ISSUER, STAFF, "/console/subsidies/programmes/vision-promotion:FY2024/screening");
        API.on("GET", ROUND, json(SCREENING.replace("\"version\": 3", "\"version\": 4")
                .replace("\"reviewers\": 1, \"rank\": 1", "\"reviewers\": 2, \"rank\": 1")).withHeader("ETag", "\"4\""));
        API.on("POST", ROUND + "/decision", problem(412, "precondition-failed", "The round is at version 4, not 3."));

        Page refused = browser.submit(round, "#decision form", Map.of());

        assertThat(API.lastCall("POST", ROUND + "/decision").header("If-Match")).isEqualTo("\"3\"");
        assertThat(refused.status()).isEqualTo(412);
        assertThat(refused.document().select("#problem").text()).contains("ほかの人が先に変更しました");
        assertThat(refused.document().select("#rank-app-minato-1").text()).contains("2 名が採点");
        assertThat(refused.document().select("#decision input[name=version]").val()).isEqualTo("\"4\"");
    }

    @Test
    void aProgrammeWithoutACommitteeSaysWhenOneIsConvened() {
        Page round = browser.signIn(ISSUER, STAFF, "/console/subsidies/programmes/vision-promotion:FY2024/screening");

        assertThat(round.status()).isEqualTo(200);
        assertThat(round.document().select("#not-convened-title").text()).isEqualTo("審査会はまだ開かれていません");
    }

    @Test
    void anApprovalBeyondTheEnvelopeIsRefusedAndKeepsTheAmountTyped() {
        API.on("GET", "/api/subsidies/applications/app-ikki-1", json(SUBMITTED).withHeader("ETag", "\"1\""));
        Page application = browser.signIn(ISSUER, STAFF, "/console/subsidies/applications/app-ikki-1");
        API.on("POST", "/api/subsidies/applications/app-ikki-1/approval", problem(409, "conflict",
                "The envelope of 地域づくりビジョン推進事業補助金 cannot cover 250000 yen: 100000 yen remain."));

        Page refused = browser.submit(application, "#approval form", Map.of("amount", "250,000", "conditions", "領収書を添付"));

        Call approval = API.lastCall("POST", "/api/subsidies/applications/app-ikki-1/approval");
        assertThat(approval.header("If-Match")).isEqualTo("\"1\"");
        assertThat(approval.body()).contains("\"amount\":250000", "\"conditions\":\"領収書を添付\"");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.document().select("#problem").text()).contains("100000 yen remain");
        assertThat(refused.document().select("#approval-amount").val()).isEqualTo("250,000");
        assertThat(refused.document().select("#approval-conditions").text()).isEqualTo("領収書を添付");
    }

    @Test
    void aPaymentIsRecordedWithItsDay() {
        String approved = SUBMITTED.replace("\"status\": \"SUBMITTED\"", "\"status\": \"APPROVED\"")
                .replace("\"approvedAmount\": null", "\"approvedAmount\": 250000");
        API.on("GET", "/api/subsidies/applications/app-ikki-1", json(approved).withHeader("ETag", "\"2\""));
        Page application = browser.signIn(ISSUER, STAFF, "/console/subsidies/applications/app-ikki-1");
        assertThat(application.document().select("#disbursements-amount").val()).isEqualTo("250000");
        assertThat(application.document().select("#disbursements-paidOn").val()).isEqualTo("2024-06-10");
        API.on("POST", "/api/subsidies/applications/app-ikki-1/disbursements", json(approved));

        Page paid = browser.submit(application, "#disbursements form", Map.of("amount", "100000", "paidOn", "2024-06-20"));

        assertThat(paid.status()).isEqualTo(302);
        assertThat(API.lastCall("POST", "/api/subsidies/applications/app-ikki-1/disbursements").body())
                .contains("\"amount\":100000", "\"paidOn\":\"2024-06-20\"");
    }

    @Test
    void theReportAfterTheActivityNeedsWhatWasDone() {
        String paid = SUBMITTED.replace("\"status\": \"SUBMITTED\"", "\"status\": \"DISBURSED\"")
                .replace("\"approvedAmount\": null", "\"approvedAmount\": 250000");
        API.on("GET", "/api/subsidies/applications/app-ikki-1", json(paid).withHeader("ETag", "\"3\""));
        Page application = browser.signIn(ISSUER, MIDORI, "/console/subsidies/applications/app-ikki-1");
        assertThat(application.document().select("#disbursements")).isEmpty();

        Page refused = browser.submit(application, "#report form", Map.of("summary", " ", "submittedOn", "2025-02-28"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(API.calls("POST", "/api/subsidies/applications/app-ikki-1/report")).isEmpty();
        assertThat(refused.document().select("#report-summary-error").text()).isEqualTo("実施した内容を入力してください。");
        assertThat(refused.document().select("#report-submittedOn").val()).isEqualTo("2025-02-28");
    }

    @Test
    void theDashboardCountsWhatWaitsForScreeningForStaffAndWhatNeedsAnOfficer() {
        API.on("GET", PAGED, json(Fixtures.page(0, 1, 4, MINATO)));
        Page staff = browser.signIn(ISSUER, STAFF, "/console");
        assertThat(staff.document().select("#subsidies p").first().text()).isEqualTo("審査を待っている申請が 4 件あります。");
        assertThat(API.lastCall("GET", PAGED).query("status")).isEqualTo("SUBMITTED,IN_SCREENING");
        assertThat(API.lastCall("GET", PAGED).query("size")).isEqualTo("1");

        browser = new jp.kizuna.web.support.Browser(port);
        Page officer = browser.signIn(ISSUER, MIDORI, "/console");
        assertThat(officer.document().select("#subsidies p").first().text()).contains("対応が必要な申請", "4 件");
        assertThat(API.lastCall("GET", PAGED).query("status")).isEqualTo("DRAFT,DISBURSED");
    }

    @Test
    void theDashboardIsShownWhenTheSubsidyServiceCannotAnswer() {
        API.on("GET", PAGED, Answer.hangUp());

        Page staff = browser.signIn(ISSUER, STAFF, "/console");

        assertThat(staff.status()).isEqualTo(200);
        assertThat(staff.document().select("#subsidies p").first().text()).contains("件数を読み込めません");
        assertThat(staff.document().select("#coming-title")).hasSize(1);
    }

    @Test
    void aPartnersDashboardHasNoSubsidyItem() {
        Page partner = browser.signIn(ISSUER, PARTNER, "/console");

        assertThat(partner.status()).isEqualTo(200);
        assertThat(partner.document().select("#subsidies")).isEmpty();
        assertThat(API.calls("GET", PAGED)).isEmpty();
    }

    @Test
    void staffSetUpNextYearsProgrammeWithItsEnvelopeWindowAndLimits() {
        Page programmes = browser.signIn(ISSUER, STAFF, "/console/subsidies/programmes");
        assertThat(API.lastCall("GET", "/api/subsidies/programmes").query("fiscalYear")).isEqualTo("2024");
        assertThat(programmes.document().select("#programme-list tbody tr").text())
                .contains("地域づくりビジョン推進事業補助金", "7,600,000円", "500,000円", "上限 1 件（残り 1 件）", "有益性×2、実現性×1");
        assertThat(programmes.document().select("#programme-fiscalYear").val()).isEqualTo("2025");
        API.on("POST", "/api/subsidies/programmes", Answer.created(PROGRAMME.replace("\"fiscalYear\": 2024", "\"fiscalYear\": 2025")));

        Page created = browser.submit(programmes, "#programme-form", Map.ofEntries(Map.entry("slug", "vision-promotion"),
                Map.entry("name", "地域づくりビジョン推進事業補助金"), Map.entry("fiscalYear", "2025"), Map.entry("projectCode", "36-2-3"),
                Map.entry("envelope", "7,600,000"), Map.entry("opensOn", "2025-04-01"), Map.entry("closesOn", "2026-03-31"),
                Map.entry("maxPerApplication", "500000"), Map.entry("applicationCap", "3"),
                Map.entry("kinds", "REGIONAL_MANAGEMENT_ORGANIZATION"), Map.entry("activeOnly", "true"),
                Map.entry("purposes", "VISION_DRAFTING"), Map.entry("criteria", "有益性：2\n実現性:1")));

        assertThat(created.status()).isEqualTo(302);
        assertThat(created.location()).endsWith("/console/subsidies/programmes?fiscalYear=2025");
        assertThat(API.lastCall("POST", "/api/subsidies/programmes").body()).contains("\"slug\":\"vision-promotion\"",
                "\"fiscalYear\":2025", "\"envelope\":7600000", "\"maxPerApplication\":500000", "\"applicationCap\":3",
                "\"opensOn\":\"2025-04-01\"", "\"kinds\":[\"REGIONAL_MANAGEMENT_ORGANIZATION\"]", "\"activeOnly\":true",
                "{\"name\":\"有益性\",\"weight\":2}", "{\"name\":\"実現性\",\"weight\":1}", "\"priorityQueue\":false");
    }

    @Test
    void aProgrammeWhoseCriteriaCannotBeReadIsToldAtTheFieldAndKeepsWhatWasTyped() {
        Page programmes = browser.signIn(ISSUER, STAFF, "/console/subsidies/programmes");

        Page refused = browser.submit(programmes, "#programme-form", Map.of("slug", "meeting-house", "name", "集会所整備事業",
                "fiscalYear", "2025", "envelope", "6985000", "opensOn", "2025-04-01", "closesOn", "2026-03-31",
                "criteria", "緊急性 とても重い"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(API.calls("POST", "/api/subsidies/programmes")).isEmpty();
        assertThat(refused.document().select("#problem a[href=#programme-criteria]").text()).contains("審査基準と重み");
        assertThat(refused.document().select("#programme-criteria").text()).isEqualTo("緊急性 とても重い");
        assertThat(refused.document().select("#programme-slug").val()).isEqualTo("meeting-house");
    }

    @Test
    void aProgrammeTheApiRefusesKeepsWhatWasTyped() {
        Page programmes = browser.signIn(ISSUER, STAFF, "/console/subsidies/programmes");
        API.on("POST", "/api/subsidies/programmes", problem(409, "conflict", "Programme vision-promotion:FY2025 exists already."));

        Page refused = browser.submit(programmes, "#programme-form", Map.of("slug", "vision-promotion", "name", "ビジョン",
                "fiscalYear", "2025", "envelope", "100", "opensOn", "2025-04-01", "closesOn", "2026-03-31"));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.document().select("#problem").text()).contains("exists already");
        assertThat(refused.document().select("#programme-programmeName").val()).isEqualTo("ビジョン");
    }

    @Test
    void theApplicationReadsInEnglish() {
        Page application = browser.signIn(ISSUER, MIDORI, "/console/subsidies/applications/app-ikki-1?lang=en");

        assertThat(application.document().select("#facts").text()).contains("Draft", "¥200,000");
        assertThat(application.document().select("#submission h2").text()).isEqualTo("Submit");
    }

    @Test
    void everyFormOfAStaffMembersApplicationPageCarriesItsVersionAndTheCsrfTokenAndNoInlineStyle() {
        API.on("GET", "/api/subsidies/applications/app-ikki-1", json(SUBMITTED).withHeader("ETag", "\"1\""));

        Page application = browser.signIn(ISSUER, STAFF, "/console/subsidies/applications/app-ikki-1");

        assertThat(application.document().select("main form")).hasSize(5).allSatisfy(form -> {
            assertThat(form.select("input[name=_csrf]")).hasSize(1);
            assertThat(form.select("input[name=version]").val()).isEqualTo("\"1\"");
        });
        assertThat(application.document().select("[style], style, script:not([src])")).isEmpty();
        assertThat(application.document().select("h1, h2").eachText()).startsWith("一箕地区ビジョン策定ワークショップ（会場変更）");
    }

    @Test
    void anAddressThatNamesNoApplicationIsThePortalsNotFoundPage() {
        Page missing = browser.signIn(ISSUER, STAFF, "/console/subsidies/applications/%7Bnope%7D");

        assertThat(missing.status()).isEqualTo(404);
        assertThat(API.calls().stream().filter(c -> c.path().contains("{nope}"))).isEmpty();
    }

    private static void screeningOfTwo() {
        API.on("GET", ROUND, json(SCREENING).withHeader("ETag", "\"3\""));
        API.on("GET", PAGED, json(Fixtures.page(MINATO, SUBMITTED)));
    }
}
