package jp.kizuna.web.console.register;

import static jp.kizuna.web.support.FakePublicApi.Answer.created;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The neighborhood associations' membership reports (町内会加入率) in the console: the dashboard says which districts
 * still miss reports of the fiscal year that ended (on 10 June 2024, 令和5年度), the district's associations show
 * who reported, a report is entered and corrected with a reason, naming the version it read.
 */
class MembershipConsoleIT extends PortalAgainstFakeApi {

    static final FakeIssuer.Person STAFF = new FakeIssuer.Person("staff-suzuki", "鈴木 誠（地域づくり課）", List.of("city-staff"));
    static final String ASSOCIATION = "/api/registry/organizations/minato-1-chome";

    static String association(String id, String name, String district) {
        return """
                {"id": "%s", "name": "%s", "nameKana": "ちょうないかい", "kind": "NEIGHBORHOOD_ASSOCIATION",
                 "districts": ["%s"], "legalForm": "VOLUNTARY_ASSOCIATION", "status": "ACTIVE"}""".formatted(id, name, district);
    }

    static String report(String associationId, int members, int total, int revisions) {
        StringBuilder history = new StringBuilder();
        for (int i = 1; i <= revisions; i++) {
            history.append(i > 1 ? "," : "").append("""
                    {"revision": %d, "memberHouseholds": %d, "totalHouseholds": %d, "reason": %s, "by": "staff-suzuki",
                     "byName": "鈴木 誠（地域づくり課）", "at": "2024-05-01T00:00:00Z"}""".formatted(i, members, total,
                    i == 1 ? "null" : "\"数え直し\""));
        }
        return """
                {"id": "%s-2023", "associationId": "%s", "associationName": "湊一丁目町内会", "district": "湊", "fiscalYear": 2023,
                 "fiscalYearJapanese": "令和5年度", "memberHouseholds": %d, "totalHouseholds": %d, "ratePercent": 92.3,
                 "revisions": [%s], "version": %d}""".formatted(associationId, associationId, members, total, history, revisions - 1);
    }

    @BeforeEach
    void threeAssociationsOneReported() {
        API.on("GET", "/api/registry/organizations", json(Fixtures.page(0, 200, 3,
                association("minato-1-chome", "湊一丁目町内会", "湊"), association("minato-2-chome", "湊二丁目町内会", "湊"),
                association("ikki-kita", "一箕北町内会", "一箕"))));
        API.on("GET", "/api/registry/membership-reports", json(Fixtures.page(0, 200, 1, report("minato-1-chome", 120, 130, 1))));
        API.on("GET", ASSOCIATION, json(association("minato-1-chome", "湊一丁目町内会", "湊")).withHeader("ETag", "\"2\""));
        API.on("GET", ASSOCIATION + "/membership-reports", json("[" + report("minato-1-chome", 120, 130, 1) + "]"));
        API.on("GET", ASSOCIATION + "/membership-reports/2023", json(report("minato-1-chome", 120, 130, 1)).withHeader("ETag", "\"0\""));
        API.on("GET", "/api/events/moderation", json("[]"));
        API.on("GET", "/api/events", json(Fixtures.emptyPage()));
    }

    @Test
    void theDashboardSaysWhichDistrictsMissReportsOfTheYearThatEnded() {
        Page console = browser.signIn(ISSUER, STAFF, "/console");

        assertThat(console.status()).isEqualTo(200);
        assertThat(console.document().select("#register-title").text()).isEqualTo("町内会加入率の報告（令和5年度）");
        assertThat(console.document().select("#register-title + p").text()).isEqualTo("未提出の町内会が 2 件あります。");
        assertThat(console.document().select("#register-desk li a").eachText()).containsExactly("一箕: 未提出 1 / 1", "湊: 未提出 1 / 2");
        assertThat(console.document().select("#register-desk li a").first().attr("href"))
                .isEqualTo("/console/register/membership?fiscalYear=2023&district=%E4%B8%80%E7%AE%95");
        Call reports = API.lastCall("GET", "/api/registry/membership-reports");
        assertThat(reports.query("fiscalYear")).isEqualTo("2023");
        assertThat(reports.query("size")).isEqualTo("200");
        Call associations = API.lastCall("GET", "/api/registry/organizations");
        assertThat(associations.query("kind")).isEqualTo("NEIGHBORHOOD_ASSOCIATION");
        assertThat(associations.query("status")).isEqualTo("ACTIVE");
    }

    @Test
    void aRegistryThatDoesNotAnswerLeavesTheRestOfTheDashboard() {
        API.on("GET", "/api/registry/membership-reports", problem(503, "service-unavailable", "The registry is unavailable."));

        Page console = browser.signIn(ISSUER, STAFF, "/console");

        assertThat(console.status()).isEqualTo(200);
        assertThat(console.document().select("#register-title + p").text()).startsWith("いまは報告の状況を読み込めません");
        assertThat(console.document().select("#coming-title")).hasSize(1);
    }

    @Test
    void anOfficersDashboardHasNoReportsButTheirOwnOrganization() {
        Page console = browser.signIn(ISSUER, FakeIssuer.Person.officer("officer-minato", "湊 太郎", "minato"), "/console");

        assertThat(console.document().select("#register-title")).isEmpty();
        assertThat(console.document().select("#register-desk a").attr("href")).isEqualTo("/console/register/minato");
        assertThat(API.calls("GET", "/api/registry/membership-reports")).isEmpty();
    }

    @Test
    void aDistrictShowsWhichAssociationsReported() {
        Page district = browser.signIn(ISSUER, STAFF, "/console/register/membership?fiscalYear=2023&district=%E6%B9%8A");

        assertThat(district.status()).isEqualTo(200);
        assertThat(district.document().select("h1").text()).isEqualTo("湊地区 令和5年度の報告");
        assertThat(district.document().select("#district-table tbody tr").eachText())
                .containsExactly("湊一丁目町内会 提出済み 92.3％", "湊二丁目町内会 未提出 —", "一箕北町内会 未提出 —");
        Call asked = API.lastCall("GET", "/api/registry/organizations");
        assertThat(asked.query("district")).isEqualTo("湊");
        assertThat(API.lastCall("GET", "/api/registry/membership-reports").query("district")).isEqualTo("湊");
    }

    @Test
    void aReportIsEnteredForTheYearThatEnded() {
        Page reports = browser.signIn(ISSUER, STAFF, "/console/register/minato-1-chome/membership");
        assertThat(reports.document().select("#fiscalYear").val()).isEqualTo("2023");
        assertThat(reports.document().select("#reports-table tbody tr").text()).contains("令和5年度", "120", "130", "92.3％");
        API.on("POST", ASSOCIATION + "/membership-reports", created(report("minato-1-chome", 118, 130, 1)));

        Page saved = browser.submit(reports, "#report-form", Map.of("fiscalYear", "2023", "memberHouseholds", "118",
                "totalHouseholds", "130"));

        assertThat(saved.status()).isEqualTo(302);
        assertThat(API.lastCall("POST", ASSOCIATION + "/membership-reports").body())
                .isEqualTo("{\"fiscalYear\":2023,\"memberHouseholds\":118,\"totalHouseholds\":130}");
        assertThat(browser.followed(saved).document().select("main [role=status]").text()).isEqualTo("令和5年度の報告を記録しました。");
    }

    @Test
    void aSecondReportOfAYearIsRefusedAndKeepsWhatWasTyped() {
        Page reports = browser.signIn(ISSUER, STAFF, "/console/register/minato-1-chome/membership");
        API.on("POST", ASSOCIATION + "/membership-reports",
                problem(409, "conflict", "Membership of 'minato-1-chome' for FY2023 is already reported; correct it instead."));

        Page refused = browser.submit(reports, "#report-form", Map.of("fiscalYear", "2023", "memberHouseholds", "118",
                "totalHouseholds", "13O"));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(API.lastCall("POST", ASSOCIATION + "/membership-reports").body()).contains("\"totalHouseholds\":\"13O\"");
        assertThat(refused.document().select("#form-problem").text()).contains("already reported");
        assertThat(refused.document().select("#memberHouseholds").val()).isEqualTo("118");
        assertThat(refused.document().select("#totalHouseholds").val()).isEqualTo("13O");
    }

    @Test
    void aCorrectionSaysWhyAndNamesTheVersionItRead() {
        Page form = browser.signIn(ISSUER, STAFF, "/console/register/minato-1-chome/membership/2023");
        assertThat(form.document().select("#memberHouseholds").val()).isEqualTo("120");
        API.on("PUT", ASSOCIATION + "/membership-reports/2023", json(report("minato-1-chome", 121, 130, 2)));

        Page saved = browser.submit(form, "#correction-form", Map.of("memberHouseholds", "121", "totalHouseholds", "130",
                "reason", "数え直し"));

        assertThat(saved.status()).isEqualTo(302);
        Call sent = API.lastCall("PUT", ASSOCIATION + "/membership-reports/2023");
        assertThat(sent.header("If-Match")).isEqualTo("\"0\"");
        assertThat(sent.body()).isEqualTo("{\"memberHouseholds\":121,\"totalHouseholds\":130,\"reason\":\"数え直し\"}");
    }

    @Test
    void aCorrectionMadeMeanwhileShowsTheCurrentFiguresAndKeepsWhatWasTyped() {
        Page form = browser.signIn(ISSUER, STAFF, "/console/register/minato-1-chome/membership/2023");
        API.on("PUT", ASSOCIATION + "/membership-reports/2023", problem(412, "precondition-failed", "The report is at version 1, not 0."));
        API.on("GET", ASSOCIATION + "/membership-reports/2023", json(report("minato-1-chome", 125, 131, 2)).withHeader("ETag", "\"1\""));

        Page conflict = browser.submit(form, "#correction-form", Map.of("memberHouseholds", "121", "totalHouseholds", "130",
                "reason", "数え直し"));

        assertThat(conflict.status()).isEqualTo(412);
        assertThat(conflict.document().select("#form-problem h2").text()).isEqualTo("ほかの人が先に変更しました");
        assertThat(conflict.document().select("#current-values").text()).contains("125", "131");
        assertThat(conflict.document().select("#memberHouseholds").val()).isEqualTo("121");
        assertThat(conflict.document().select("#reason").text()).isEqualTo("数え直し");
        assertThat(conflict.document().select("#correction-form input[name=version]").val()).isEqualTo("\"1\"");
        assertThat(conflict.document().select("#revisions-table tbody tr")).hasSize(2);
    }

    @Test
    void aCorrectionWithoutAReasonIsRefusedByTheField() {
        Page form = browser.signIn(ISSUER, STAFF, "/console/register/minato-1-chome/membership/2023");
        API.on("PUT", ASSOCIATION + "/membership-reports/2023", problem(400, "validation-failed", "reason: must not be blank",
                Map.of("errors", List.of(Map.of("field", "reason", "message", "must not be blank")))));

        Page refused = browser.submit(form, "#correction-form", Map.of("memberHouseholds", "121", "totalHouseholds", "130"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.document().select("#reason").attr("aria-invalid")).isEqualTo("true");
        assertThat(refused.document().select("#correction-form input[name=version]").val()).isEqualTo("\"0\"");
        assertThat(refused.document().select("#memberHouseholds").val()).isEqualTo("121");
    }

    @Test
    void anOfficerIsRefusedTheReports() {
        Page refused = browser.signIn(ISSUER, FakeIssuer.Person.officer("officer-minato", "湊 太郎", "minato-1-chome"),
                "/console/register/minato-1-chome/membership");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(API.calls("GET", ASSOCIATION + "/membership-reports")).isEmpty();
    }
}
