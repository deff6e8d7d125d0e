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
 * The staff an organization hosts (地域おこし協力隊, 集落支援員) and its partner API keys, in the console: a placement is
 * started and ended with its outcome, naming the version it read; a key is shown once, on the answer to issuing it,
 * and never again; a key is revoked with a reason.
 */
class PlacementsAndKeysConsoleIT extends PortalAgainstFakeApi {

    static final FakeIssuer.Person STAFF = new FakeIssuer.Person("staff-suzuki", "鈴木 誠（地域づくり課）", List.of("city-staff"));
    static final String KEY = "kzn_7qx3m9k2bd4h_1Hq0mY3v6bJk2p9xQeW4tZr8uA5sLdF7gNcV0oI3yKw";

    static String placement(String status, String outcome) {
        return """
                {"id": "minato-cooperator-2022", "programme": "REGIONAL_REVITALIZATION_COOPERATOR", "hostOrganizationId": "minato",
                 "area": "湊", "role": "直売所の運営支援", "headcount": 1,
                 "startedOn": {"value": "2022-04", "japaneseLabel": "令和4年4月"},
                 "plannedEndOn": {"value": "2025-03", "japaneseLabel": "令和7年3月"},
                 "endedOn": %s, "status": "%s", "outcome": %s, "version": 0}""".formatted(
                outcome == null ? "null" : "{\"value\": \"2024-05\", \"japaneseLabel\": \"令和6年5月\"}", status,
                outcome == null ? "null" : "\"" + outcome + "\"");
    }

    static String key(String status) {
        return """
                {"id": "key-1", "organizationId": "minato", "label": "みんなと湊 イベント連携", "scopes": ["EVENTS_PUBLISH"],
                 "prefix": "kzn_7qx3m9k2bd4h_", "status": "%s", "expiresAt": "2027-03-31T14:59:59Z", "issuedBy": "staff-suzuki",
                 "issuedByName": "鈴木 誠（地域づくり課）", "issuedAt": "2024-06-10T00:00:00Z"}""".formatted(status);
    }

    @BeforeEach
    void minatoWithACooperatorAndAKey() {
        API.on("GET", "/api/registry/organizations/minato", json(Fixtures.json("registry/organization-minato.json")).withHeader("ETag", "\"3\""));
        API.on("GET", "/api/registry/districts", json(Fixtures.json("registry/districts.json")));
        API.on("GET", "/api/registry/placements", json("[" + placement("ACTIVE", null) + "]"));
        API.on("GET", "/api/registry/placements/minato-cooperator-2022", json(placement("ACTIVE", null)).withHeader("ETag", "\"0\""));
        API.on("GET", "/api/registry/organizations/minato/api-keys", json("[" + key("ACTIVE") + "]"));
    }

    @Test
    void aPlacementIsStartedForTheOrganization() {
        Page placements = browser.signIn(ISSUER, STAFF, "/console/register/minato/placements");
        assertThat(API.lastCall("GET", "/api/registry/placements").query("organizationId")).isEqualTo("minato");
        assertThat(placements.document().select("#placements-table tbody tr").text()).contains("地域おこし協力隊", "直売所の運営支援", "活動中");
        API.on("POST", "/api/registry/placements", created(placement("ACTIVE", null)));

        Page saved = browser.submit(placements, "#placement-form", Map.of("programme", "VILLAGE_SUPPORT_STAFF", "role", "事務局",
                "area", "湊", "headcount", "1", "startedOn", "2024-04", "plannedEndOn", "", "note", ""));

        assertThat(saved.status()).isEqualTo(302);
        assertThat(API.lastCall("POST", "/api/registry/placements").body()).isEqualTo("{\"programme\":\"VILLAGE_SUPPORT_STAFF\","
                + "\"hostOrganizationId\":\"minato\",\"area\":\"湊\",\"role\":\"事務局\",\"headcount\":1,\"startedOn\":\"2024-04\"}");
        assertThat(browser.followed(saved).document().select("main [role=status]").text()).isEqualTo("配置を記録しました。");
    }

    @Test
    void anEndSentFromAnotherOrganizationsAddressIsNotFoundAndNothingIsEnded() {
        Page placements = browser.signIn(ISSUER, STAFF, "/console/register/minato/placements");

        // minato's placement, sent from ikki's address
        Page refused = browser.post("/console/register/ikki/placements/minato-cooperator-2022/end",
                Map.of("_csrf", RegisterConsoleIT.csrf(placements), "version", "\"0\"", "endedOn", "2024-05", "outcome", "SETTLED"));

        assertThat(refused.status()).isEqualTo(404);
        assertThat(API.calls("POST", "/api/registry/placements/minato-cooperator-2022/end")).isEmpty();
    }

    @Test
    void aRefusedProgrammeAndAreaAreLinkedToTheirMessagesUnderTheFormsHeading() {
        Page placements = browser.signIn(ISSUER, STAFF, "/console/register/minato/placements");
        API.on("POST", "/api/registry/placements", problem(400, "validation-failed", "programme: must not be null",
                Map.of("errors", List.of(Map.of("field", "programme", "message", "must not be null"),
                        Map.of("field", "area", "message", "is not a district of the city")))));

        Page refused = browser.submit(placements, "#placement-form", Map.of("role", "事務局", "area", "湊", "startedOn", "2024-04"));

        assertThat(refused.document().select("#form-problem a").eachAttr("href")).containsExactly("#programme", "#area");
        assertThat(refused.document().select("fieldset#programme").attr("aria-describedby")).isEqualTo("programme-error");
        assertThat(refused.document().select("fieldset#programme legend").text()).isEqualTo("制度");
        assertThat(refused.document().select("#programme-error").text()).contains("must not be null");
        assertThat(refused.document().select("select#area").attr("aria-describedby")).isEqualTo("area-error");
        assertThat(refused.document().select("#area-error").text()).contains("is not a district of the city");
        // the summary is in the section of the form (h2): its heading is an h3
        assertThat(refused.document().select("section:has(#start-title) #form-problem h3")).hasSize(1);
        assertThat(refused.document().select("#form-problem h2")).isEmpty();
        HeadingOrder.assertInOrder(refused);
    }

    @Test
    void aRefusedOutcomeIsLinkedToItsGroupOfChoices() {
        Page end = browser.signIn(ISSUER, STAFF, "/console/register/minato/placements/minato-cooperator-2022/end");
        API.on("POST", "/api/registry/placements/minato-cooperator-2022/end", problem(400, "validation-failed",
                "outcome: must not be null", Map.of("errors", List.of(Map.of("field", "outcome", "message", "must not be null")))));

        Page refused = browser.submit(end, "#end-form", Map.of("endedOn", "2024-05"));

        assertThat(refused.document().select("#form-problem a").eachAttr("href")).containsExactly("#outcome");
        assertThat(refused.document().select("fieldset#outcome").attr("aria-describedby")).isEqualTo("outcome-error");
        assertThat(refused.document().select("#outcome-error").text()).contains("must not be null");
        HeadingOrder.assertInOrder(refused);
    }

    @Test
    void aRefusedPlacementKeepsWhatWasTyped() {
        Page placements = browser.signIn(ISSUER, STAFF, "/console/register/minato/placements");
        API.on("POST", "/api/registry/placements", problem(400, "validation-failed", "role: must not be blank",
                Map.of("errors", List.of(Map.of("field", "role", "message", "must not be blank")))));

        Page refused = browser.submit(placements, "#placement-form", Map.of("programme", "VILLAGE_SUPPORT_STAFF", "role", "",
                "startedOn", "2024-04"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.document().select("#role").attr("aria-invalid")).isEqualTo("true");
        assertThat(refused.document().select("#startedOn").val()).isEqualTo("2024-04");
        assertThat(refused.document().select("#programme-VILLAGE_SUPPORT_STAFF").hasAttr("checked")).isTrue();
    }

    @Test
    void anEndIsRecordedWithItsOutcomeAndTheVersionItRead() {
        Page form = browser.signIn(ISSUER, STAFF, "/console/register/minato/placements/minato-cooperator-2022/end");
        API.on("POST", "/api/registry/placements/minato-cooperator-2022/end", json(placement("ENDED", "SETTLED_IN_AREA")));

        Page saved = browser.submit(form, "#end-form", Map.of("endedOn", "2024-05", "outcome", "SETTLED_IN_AREA", "note", "湊で就農"));

        assertThat(saved.status()).isEqualTo(302);
        Call sent = API.lastCall("POST", "/api/registry/placements/minato-cooperator-2022/end");
        assertThat(sent.header("If-Match")).isEqualTo("\"0\"");
        assertThat(sent.body()).isEqualTo("{\"endedOn\":\"2024-05\",\"outcome\":\"SETTLED_IN_AREA\",\"note\":\"湊で就農\"}");
    }

    @Test
    void anEndRecordedMeanwhileShowsItAndKeepsWhatWasTyped() {
        Page form = browser.signIn(ISSUER, STAFF, "/console/register/minato/placements/minato-cooperator-2022/end");
        API.on("POST", "/api/registry/placements/minato-cooperator-2022/end", problem(412, "precondition-failed", "at version 1"));
        API.on("GET", "/api/registry/placements/minato-cooperator-2022", json(placement("ENDED", "LEFT_AREA")).withHeader("ETag", "\"1\""));

        Page conflict = browser.submit(form, "#end-form", Map.of("outcome", "SETTLED_IN_AREA", "note", "湊で就農"));

        assertThat(conflict.status()).isEqualTo(412);
        assertThat(conflict.document().select("#current-values").text()).contains("転出", "令和6年5月");
        assertThat(conflict.document().select("#outcome-SETTLED_IN_AREA").hasAttr("checked")).isTrue();
        assertThat(conflict.document().select("#note").text()).isEqualTo("湊で就農");
        assertThat(conflict.document().select("#end-form input[name=version]").val()).isEqualTo("\"1\"");
    }

    @Test
    void anotherOrganizationsPlacementIsNotFoundHere() {
        Page page = browser.signIn(ISSUER, STAFF, "/console/register/ikki/placements/minato-cooperator-2022/end");

        assertThat(page.status()).isEqualTo(404);
    }

    @Test
    void anIssuedKeyIsShownOnceAndNeverAgain() {
        Page keys = browser.signIn(ISSUER, STAFF, "/console/register/minato/api-keys");
        assertThat(keys.document().select("#key-key-1").text()).contains("みんなと湊 イベント連携", "kzn_7qx3m9k2bd4h_…", "有効", "2027-03-31");
        API.on("POST", "/api/registry/organizations/minato/api-keys", created("""
                {"key": "%s", "usage": "Authorization: ApiKey %s", "apiKey": %s}""".formatted(KEY, KEY, key("ACTIVE"))));

        Page issued = browser.submit(keys, "#issue-form", Map.of("label", "みんなと湊 イベント連携", "expiresOn", "2027-03-31"));

        assertThat(issued.status()).isEqualTo(200);
        assertThat(issued.header("Cache-Control")).isEqualTo("no-store");
        assertThat(issued.document().select("#issued-key").text()).isEqualTo(KEY);
        assertThat(API.lastCall("POST", "/api/registry/organizations/minato/api-keys").body())
                .isEqualTo("{\"label\":\"みんなと湊 イベント連携\",\"scopes\":[\"EVENTS_PUBLISH\"],\"expiresAt\":\"2027-03-31T14:59:59Z\"}");
        Page again = browser.get("/console/register/minato/api-keys");
        assertThat(again.body()).doesNotContain(KEY);
        assertThat(browser.get("/console/register/minato").body()).doesNotContain(KEY);
    }

    @Test
    void aKeyWithADayThatIsNoDayIsRefusedByTheApiAndTheFormKeepsIt() {
        Page keys = browser.signIn(ISSUER, STAFF, "/console/register/minato/api-keys");
        API.on("POST", "/api/registry/organizations/minato/api-keys", problem(400, "malformed-request", "expiresAt: not a time",
                Map.of("errors", List.of(Map.of("field", "expiresAt", "message", "not a time")))));

        Page refused = browser.submit(keys, "#issue-form", Map.of("label", "連携", "expiresOn", "来年の3月"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(API.lastCall("POST", "/api/registry/organizations/minato/api-keys").body()).contains("\"expiresAt\":\"来年の3月\"");
        assertThat(refused.document().select("#expiresAt").val()).isEqualTo("来年の3月");
        assertThat(refused.document().select("#expiresAt").attr("aria-invalid")).isEqualTo("true");
    }

    @Test
    void aKeyIsRevokedWithAReason() {
        Page keys = browser.signIn(ISSUER, STAFF, "/console/register/minato/api-keys");
        API.on("DELETE", "/api/registry/organizations/minato/api-keys/key-1", json(key("REVOKED")));

        Page after = browser.followed(browser.submit(keys, "#key-key-1 form", Map.of("reason", "担当者の交代")));

        assertThat(API.lastCall("DELETE", "/api/registry/organizations/minato/api-keys/key-1").body())
                .isEqualTo("{\"reason\":\"担当者の交代\"}");
        assertThat(after.document().select("main [role=status]").text()).startsWith("みんなと湊 イベント連携 のキーを無効にしました。");
    }

    @Test
    void anOfficerIsRefusedTheKeysAndThePlacements() {
        FakeIssuer.Person officer = FakeIssuer.Person.officer("officer-minato", "湊 太郎", "minato");
        Page keys = browser.signIn(ISSUER, officer, "/console/register/minato/api-keys");
        Page placements = browser.get("/console/register/minato/placements");

        assertThat(keys.status()).isEqualTo(403);
        assertThat(placements.status()).isEqualTo(403);
        assertThat(API.calls("GET", "/api/registry/organizations/minato/api-keys")).isEmpty();
    }
}
