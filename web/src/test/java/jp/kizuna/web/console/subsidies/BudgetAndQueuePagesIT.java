package jp.kizuna.web.console.subsidies;

import static jp.kizuna.web.support.FakePublicApi.Answer.json;
import static jp.kizuna.web.support.FakePublicApi.Answer.problem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import jp.kizuna.web.support.Browser.Page;
import jp.kizuna.web.support.FakeIssuer;
import jp.kizuna.web.support.FakePublicApi.Call;
import jp.kizuna.web.support.Fixtures;
import jp.kizuna.web.support.PortalAgainstFakeApi;
import org.junit.jupiter.api.Test;

/**
 * Budget lines per project and fiscal year (予算/見込み/決算, 「－」 kept apart from 0) and the 集会所整備 priority
 * queue in the console, in front of a fake API: what staff read, what they send (with the version read), and
 * what a refusal or a change meanwhile shows.
 */
class BudgetAndQueuePagesIT extends PortalAgainstFakeApi {

    static final FakeIssuer.Person STAFF = new FakeIssuer.Person("staff-suzuki", "鈴木 誠（地域づくり課）", List.of("city-staff"));
    static final String QUEUE = "/api/subsidies/priority-queues/meeting-house";

    @Test
    void aYearsBudgetLinesKeepNotApplicableApartFromZeroWithTheirTotals() {
        API.on("GET", "/api/subsidies/budgets", json(Fixtures.json("subsidies/budgets-2024.json")));

        Page budgets = browser.signIn(ISSUER, STAFF, "/console/subsidies/budgets");

        Call asked = API.lastCall("GET", "/api/subsidies/budgets");
        assertThat(asked.query("fiscalYear")).isEqualTo("2024");
        assertThat(asked.query("policyField")).isEqualTo("36");
        assertThat(budgets.document().select("#line-36-1-9").text()).isEqualTo("36-1-9 コミュニティ助成事業 見込み 2,500 0 －");
        assertThat(budgets.document().select("#budget-lines tbody tr.subtotal").first().text()).isEqualTo("施策 1 の計 2,500 0 －");
        assertThat(budgets.document().select("#budget-lines tfoot").text()).isEqualTo("政策分野の計 10,100 3,800 1,520");
    }

    @Test
    void aCorrectionSendsNotApplicableAndTheVersionAndAChangeMeanwhileShowsTheCurrentFigures() {
        API.on("GET", "/api/subsidies/budgets/36-1-9/2024", json(Fixtures.json("subsidies/budget-36-1-9-2024.json"))
                .withHeader("ETag", "\"0\""));
        API.on("GET", "/api/subsidies/budgets/36-1-9/2024/history", json(Fixtures.json("subsidies/budget-36-1-9-2024-history.json")));
        Page line = browser.signIn(ISSUER, STAFF, "/console/subsidies/budgets/36-1-9/2024");
        assertThat(line.document().select("#budget-personnelCost").val()).isEqualTo("－");
        assertThat(line.document().select("#budget-history tbody tr").text()).contains("見込み：事業費 2,500／所要一般財源 0／概算人件費 －");
        API.on("GET", "/api/subsidies/budgets/36-1-9/2024", json(Fixtures.json("subsidies/budget-36-1-9-2024.json")
                .replace("\"projectCost\": 2500", "\"projectCost\": 2400").replace("\"version\": 0", "\"version\": 1"))
                .withHeader("ETag", "\"1\""));
        API.on("PUT", "/api/subsidies/budgets/36-1-9/2024", problem(412, "precondition-failed", "The line is at version 1, not 0."));

        Page refused = browser.submit(line, "#budget-form", Map.of("basis", "SETTLED", "projectCost", "２,４８０",
                "generalRevenue", "0", "personnelCost", "ー", "reason", "決算による"));

        Call sent = API.lastCall("PUT", "/api/subsidies/budgets/36-1-9/2024");
        assertThat(sent.header("If-Match")).isEqualTo("\"0\"");
        assertThat(sent.body()).contains("\"basis\":\"SETTLED\"", "\"projectCost\":2480", "\"generalRevenue\":0",
                "\"personnelCost\":\"NOT_APPLICABLE\"", "\"reason\":\"決算による\"");
        assertThat(refused.status()).isEqualTo(412);
        assertThat(refused.document().select("#figures").text()).contains("2,400");
        assertThat(refused.document().select("#budget-projectCost").val()).isEqualTo("２,４８０");
        assertThat(refused.document().select("#budget-basis-SETTLED").hasAttr("checked")).isTrue();
        assertThat(refused.document().select("#budget-form input[name=version]").val()).isEqualTo("\"1\"");
    }

    @Test
    void anEmptyFigureIsNeitherZeroNorNotApplicableAndIsAskedFor() {
        API.on("GET", "/api/subsidies/budgets", json(Fixtures.json("subsidies/budgets-2024.json")));
        Page budgets = browser.signIn(ISSUER, STAFF, "/console/subsidies/budgets");

        Page refused = browser.submit(budgets, "#budget-form", Map.of("projectCode", "36-1-4", "fiscalYear", "2024",
                "projectName", "地域活動支援事業", "basis", "BUDGET", "projectCost", "1200", "generalRevenue", "", "personnelCost", "－"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(API.calls("PUT", "/api/subsidies/budgets/36-1-4/2024")).isEmpty();
        assertThat(refused.document().select("#budget-generalRevenue-error").text()).contains("空欄は0とも「－」とも読みません");
        assertThat(refused.document().select("#budget-projectCost").val()).isEqualTo("1200");
        assertThat(refused.document().select("#budget-projectName").val()).isEqualTo("地域活動支援事業");
    }

    @Test
    void aBasisLeftOutIsToldAtItsGroupOfChoicesAndLinkedFromTheSummary() {
        API.on("GET", "/api/subsidies/budgets", json(Fixtures.json("subsidies/budgets-2024.json")));
        Page budgets = browser.signIn(ISSUER, STAFF, "/console/subsidies/budgets");

        Page refused = browser.submit(budgets, "#budget-form", Map.of("projectCode", "36-1-4", "fiscalYear", "2024",
                "projectName", "地域活動支援事業", "projectCost", "1200", "generalRevenue", "600", "personnelCost", "－"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.document().select("#problem a[href=#budget-basis]")).hasSize(1);
        assertThat(refused.document().select("fieldset#budget-basis").attr("aria-describedby")).isEqualTo("budget-basis-error");
        assertThat(refused.document().select("fieldset#budget-basis legend").text()).isEqualTo("区分");
        assertThat(refused.document().select("#budget-basis-error").text()).isNotBlank();
    }

    @Test
    void anOfficerIsToldInPlaceThatBudgetsAndTheQueuesAreCityStaffsBeforeAnyCall() {
        FakeIssuer.Person officer = FakeIssuer.Person.of("ikki", "officer-midori", "滝沢 みどり", "org-admin");
        browser.signIn(ISSUER, officer, "/console");

        for (String page : List.of("/console/subsidies/budgets", "/console/subsidies/budgets/36-1-9/2024",
                "/console/subsidies/queues/meeting-house")) {
            Page refused = browser.get(page);

            assertThat(refused.status()).as(page).isEqualTo(403);
            assertThat(refused.mainText()).as(page).contains("市の担当者が使います");
            assertThat(refused.document().select(".signed-in-as").text()).as(page).contains("滝沢 みどり");
            assertThat(refused.document().select("a[hreflang=en]").attr("href")).as(page).isEqualTo(page + "?lang=en");
        }
        assertThat(API.calls().stream().filter(c -> c.path().startsWith("/api/subsidies/budgets")
                || c.path().startsWith("/api/subsidies/priority-queues"))).isEmpty();
    }

    @Test
    void anOfficersRequestForTheQueueIsRefusedBeforeItIsSent() {
        FakeIssuer.Person officer = FakeIssuer.Person.of("ikki", "officer-midori", "滝沢 みどり", "org-admin");
        browser.signIn(ISSUER, officer, "/console");
        // the refusal of the queue's page is a page of the console: its sign-out form carries the CSRF token
        Page queue = browser.get("/console/subsidies/queues/meeting-house");

        Page refused = browser.post("/console/subsidies/queues/meeting-house/requests", Map.of("_csrf",
                queue.document().select("input[name=_csrf]").val(), "organizationId", "ikki", "title", "集会所の屋根",
                "amount", "500000", "priority", "1", "fiscalYear", "2024"));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.mainText()).contains("市の担当者が使います");
        assertThat(API.calls("POST", QUEUE + "/requests")).isEmpty();
    }

    @Test
    void aProjectsFirstLineIsRecordedWithoutAVersion() {
        API.on("GET", "/api/subsidies/budgets", json(Fixtures.json("subsidies/budgets-2024.json")));
        Page budgets = browser.signIn(ISSUER, STAFF, "/console/subsidies/budgets");
        API.on("PUT", "/api/subsidies/budgets/36-1-4/2025", json(Fixtures.json("subsidies/budget-36-1-9-2024.json")));

        Page recorded = browser.submit(budgets, "#budget-form", Map.of("projectCode", "36-1-4", "fiscalYear", "2025",
                "projectName", "地域活動支援事業", "basis", "BUDGET", "projectCost", "1200", "generalRevenue", "600", "personnelCost", "－"));

        assertThat(recorded.status()).isEqualTo(302);
        assertThat(recorded.location()).endsWith("/console/subsidies/budgets/36-1-4/2025");
        Call sent = API.lastCall("PUT", "/api/subsidies/budgets/36-1-4/2025");
        assertThat(sent.header("If-Match")).isNull();
        assertThat(sent.body()).contains("\"projectName\":\"地域活動支援事業\"", "\"personnelCost\":\"NOT_APPLICABLE\"");
    }

    @Test
    void theQueueShowsTheRequestsInFundingOrderWithWhatCarriedOver() {
        API.on("GET", QUEUE, json(Fixtures.json("subsidies/queue-meeting-house.json")).withHeader("ETag", "\"4\""));

        Page queue = browser.signIn(ISSUER, STAFF, "/console/subsidies/queues/meeting-house");

        assertThat(queue.status()).isEqualTo(200);
        assertThat(queue.document().select("#queue-waiting tbody tr").eachText()).containsExactly(
                "1 集会所のトイレ改修 kitamachi-3 1,500,000円 2 2023年度 1 回",
                "2 集会所の外壁塗装 minato-2 900,000円 2 2024年度 0 回");
        assertThat(queue.document().select("#queue-waiting caption").text()).isEqualTo("交付を待っている要望 2 件（計 2,400,000円）");
        assertThat(queue.document().select("#queue-funded tbody tr").text()).contains("集会所の屋根の修繕", "2023年度");
    }

    @Test
    void aRequestIsEnteredWithTheVersionReadAndAChangeMeanwhileKeepsWhatWasTyped() {
        API.on("GET", QUEUE, json(Fixtures.json("subsidies/queue-meeting-house.json")).withHeader("ETag", "\"4\""));
        Page queue = browser.signIn(ISSUER, STAFF, "/console/subsidies/queues/meeting-house");
        API.on("POST", QUEUE + "/requests", problem(412, "precondition-failed", "The queue is at version 5, not 4."));

        Page refused = browser.submit(queue, "#request-form", Map.of("organizationId", "aoi-1", "title", "集会所の床の張り替え",
                "amount", "800,000", "priority", "1", "fiscalYear", "2024"));

        Call sent = API.lastCall("POST", QUEUE + "/requests");
        assertThat(sent.header("If-Match")).isEqualTo("\"4\"");
        assertThat(sent.body()).contains("\"organizationId\":\"aoi-1\"", "\"amount\":800000", "\"priority\":1",
                "\"fiscalYear\":2024");
        assertThat(refused.status()).isEqualTo(412);
        assertThat(refused.document().select("#problem").text()).contains("ほかの人が先に変更しました");
        assertThat(refused.document().select("#request-title").val()).isEqualTo("集会所の床の張り替え");
        assertThat(refused.document().select("#request-priority option[selected]").val()).isEqualTo("1");
    }

    @Test
    void theFirstRequestOfANewQueueGoesWithoutAVersion() {
        Page queue = browser.signIn(ISSUER, STAFF, "/console/subsidies/queues/meeting-house");
        assertThat(queue.document().select("#queue-waiting")).isEmpty();
        assertThat(queue.document().select("#funding-form")).isEmpty();
        API.on("POST", QUEUE + "/requests", json(Fixtures.json("subsidies/queue-meeting-house.json")).withHeader("ETag", "\"0\""));

        Page entered = browser.submit(queue, "#request-form", Map.of("organizationId", "aoi-1", "title", "床の張り替え",
                "amount", "800000", "priority", "3", "fiscalYear", "2024"));

        assertThat(entered.status()).isEqualTo(302);
        assertThat(API.lastCall("POST", QUEUE + "/requests").header("If-Match")).isNull();
    }

    @Test
    void fundingAYearSaysWhatWasFundedAndWhatCarriedOver() {
        API.on("GET", QUEUE, json(Fixtures.json("subsidies/queue-meeting-house.json")).withHeader("ETag", "\"4\""));
        Page queue = browser.signIn(ISSUER, STAFF, "/console/subsidies/queues/meeting-house");
        API.on("POST", QUEUE + "/funding", json("""
                {"fiscalYear": 2024, "funded": [{"id": "q-2", "organizationId": "kitamachi-3", "title": "集会所のトイレ改修",
                 "amount": 1500000, "priority": 2, "enteredFiscalYear": 2023, "status": "FUNDED", "fundedFiscalYear": 2024,
                 "timesCarriedOver": 1}],
                 "carriedOver": [{"id": "q-3", "organizationId": "minato-2", "title": "集会所の外壁塗装", "amount": 900000,
                 "priority": 2, "enteredFiscalYear": 2024, "status": "WAITING", "timesCarriedOver": 1}], "remaining": 500000}"""));

        Page funded = browser.followed(browser.submit(queue, "#funding-form", Map.of("fiscalYear", "2024")));

        assertThat(API.lastCall("POST", QUEUE + "/funding").header("If-Match")).isEqualTo("\"4\"");
        assertThat(API.lastCall("POST", QUEUE + "/funding").body()).isEqualTo("{\"fiscalYear\":2024}");
        assertThat(funded.document().select("main [role=status]").text())
                .isEqualTo("2024年度：1 件を交付し、1 件を繰り越しました。予算枠の残りは 500,000円 です。");
    }

    @Test
    void aYearFundedAlreadyIsToldInPlace() {
        API.on("GET", QUEUE, json(Fixtures.json("subsidies/queue-meeting-house.json")).withHeader("ETag", "\"4\""));
        Page queue = browser.signIn(ISSUER, STAFF, "/console/subsidies/queues/meeting-house");
        API.on("POST", QUEUE + "/funding", problem(409, "conflict", "The queue of meeting-house was funded for FY2023 already."));

        Page refused = browser.submit(queue, "#funding-form", Map.of("fiscalYear", "2023"));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.document().select("#problem").text()).contains("funded for FY2023 already");
        assertThat(refused.document().select("#funding-fiscalYear").val()).isEqualTo("2023");
    }
}
