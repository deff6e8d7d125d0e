package jp.kizuna.web.console.webhooks;

import static jp.kizuna.web.support.FakePublicApi.Answer.created;
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
 * An organization's webhook endpoints in the console, in front of a fake API: a partner of みんなと湊 sees their
 * organization's endpoints with their state and why the dispatcher paused one, city staff every organization's;
 * registering one shows its secret once, on the page after, and never again; changing, pausing, resuming, rotating
 * the secret and removing one (after a confirmation) send the version read as If-Match, and a change made meanwhile
 * is shown with the current values while the form keeps what was typed; a refused URL is explained at its field.
 */
class WebhooksConsoleIT extends PortalAgainstFakeApi {

    static final FakeIssuer.Person MINATO_PARTNER = FakeIssuer.Person.of("minato", "partner-minato", "湊 健一", "partner");
    static final FakeIssuer.Person STAFF = new FakeIssuer.Person("staff-suzuki", "鈴木 誠（地域づくり課）", List.of("city-staff"));

    static final String BASE = "/api/events/webhooks/subscriptions";
    static final String ID = "whs_3f2a";
    static final String ENDPOINT = BASE + "/" + ID;
    static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    /** A delivery's id as the API makes it: the endpoint's id and the webhook-id. */
    static final String DELIVERY = ID + ":6f1c0a52-3c9e-4b8e-9d0e-0a4f7c1b2d3e";
    static final String CONFIRMED = "jp.kizuna.events.registration.confirmed.v1";
    static final String CANCELLED = "jp.kizuna.events.registration.cancelled.v1";

    /** みんなと湊's reception desk, active, every call answered. */
    static String endpoint(String url, String description) {
        return """
                {"id": "%s", "organizationId": "minato", "url": "%s", "eventTypes": ["%s", "%s"], "description": "%s",
                 "status": "ACTIVE", "pausedReason": null, "pausedAutomatically": null, "pausedAt": null, "failingSince": null,
                 "secrets": [{"createdAt": "2024-06-01T01:00:00Z", "expiresAt": null}], "createdAt": "2024-06-01T01:00:00Z",
                 "createdBy": "partner-minato", "createdByName": "湊 健一", "changedAt": "2024-06-01T01:00:00Z"}"""
                .formatted(ID, url, CONFIRMED, CANCELLED, description);
    }

    static final String DESK = endpoint("https://minato.example/kizuna/webhooks", "受付システム");

    /** An endpoint the dispatcher paused after a day of failures. */
    static final String PAUSED = """
            {"id": "whs_9b1c", "organizationId": "minato", "url": "https://line-bot.minato.example/hooks",
             "eventTypes": ["jp.kizuna.events.event.published.v1"], "description": "LINE bot", "status": "PAUSED",
             "pausedReason": "no successful delivery since 2024-06-08T00:00:00Z; last: 503",
             "pausedAutomatically": true, "pausedAt": "2024-06-09T00:00:05Z", "failingSince": "2024-06-08T00:00:00Z",
             "secrets": [], "createdAt": "2024-05-01T00:00:00Z", "createdByName": "湊 健一"}""";

    static String attempt(String at, String type, Integer status, long millis, String response, String error) {
        return """
                {"at": "%s", "deliveryId": "whs_3f2a:6f1c0a52-3c9e-4b8e-9d0e-0a4f7c1b2d3e", "webhookId": "6f1c0a52-3c9e-4b8e-9d0e-0a4f7c1b2d3e", "eventType": "%s", "attempt": 1, "statusCode": %s,
                 "latencyMillis": %d, "response": %s, "error": %s}""".formatted(at, type, status, millis,
                response == null ? "null" : "\"" + response + "\"", error == null ? "null" : "\"" + error + "\"");
    }

    @BeforeEach
    void minatosReceptionDesk() {
        API.on("GET", ENDPOINT, json(DESK).withHeader("ETag", "\"2\""));
    }

    // the list

    @Test
    void aPartnerSeesTheirOrganizationsEndpointsWithTheirStateAndWhyTheDispatcherPausedOne() {
        API.on("GET", BASE, json(Fixtures.page(0, 20, 2, DESK, PAUSED)));

        Page list = browser.signIn(ISSUER, MINATO_PARTNER, "/console/webhooks");

        assertThat(list.status()).isEqualTo(200);
        Call asked = API.lastCall("GET", BASE);
        assertThat(asked.query("organizationId")).isEqualTo("minato");
        assertThat(asked.query("size")).isEqualTo("20");
        assertThat(list.document().select("#endpoints caption").text()).isEqualTo("送り先 2 件");
        assertThat(list.document().select("#endpoint-" + ID).text())
                .contains("https://minato.example/kizuna/webhooks", "申し込みの確定", "申し込みの取り消し", "受付システム", "有効",
                        "失敗は続いていません");
        assertThat(list.document().select("#endpoint-whs_9b1c").text()).contains("自動で停止",
                "no successful delivery since 2024-06-08T00:00:00Z; last: 503", "令和6年6月8日(土) 9:00 から失敗が続いています");
        assertThat(list.document().select("#endpoint-" + ID + " a").attr("href")).isEqualTo("/console/webhooks/" + ID);
        // a partner sees only their own: no column of organizations, no filter
        assertThat(list.document().select("#organizationId")).isEmpty();
    }

    @Test
    void cityStaffSeeEveryOrganizationsEndpointsOrTheOnesOfTheOrganizationTheyName() {
        API.on("GET", BASE, json(Fixtures.page(0, 20, 1, DESK)));

        browser.signIn(ISSUER, STAFF, "/console/webhooks");
        assertThat(API.lastCall("GET", BASE).query("organizationId")).isNull();

        Page ikki = browser.get("/console/webhooks?organizationId=ikki");
        assertThat(API.lastCall("GET", BASE).query("organizationId")).isEqualTo("ikki");
        assertThat(ikki.document().select("#organizationId").val()).isEqualTo("ikki");
        assertThat(ikki.document().select("#endpoint-" + ID).text()).contains("minato");
    }

    @Test
    void theListSaysSoWhenThereIsNoEndpoint() {
        API.on("GET", BASE, json(Fixtures.emptyPage()));

        Page list = browser.signIn(ISSUER, MINATO_PARTNER, "/console/webhooks");

        assertThat(list.document().select("#no-endpoints").text()).isEqualTo("登録された送り先はありません。");
        assertThat(list.document().select("a[href=/console/webhooks/new]")).hasSize(1);
    }

    @Test
    void aResidentIsRefusedTheWebhookPagesAndTheApiIsNotAsked() {
        Page refused = browser.signIn(ISSUER, HANAKO, "/console/webhooks");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(API.calls("GET", BASE)).isEmpty();
        assertThat(browser.get("/console/webhooks/new").status()).isEqualTo(403);
    }

    @Test
    void theDashboardLinksToTheWebhookPages() {
        API.on("GET", "/api/events", json(Fixtures.emptyPage()));

        Page dashboard = browser.signIn(ISSUER, MINATO_PARTNER, "/console");

        assertThat(dashboard.document().select("#webhooks-desk a[href=/console/webhooks]")).hasSize(1);
    }

    // registering one

    @Test
    void aRegisteredEndpointsSecretIsShownOnceOnThePageAfterAndGoneOnReload() {
        Page form = browser.signIn(ISSUER, MINATO_PARTNER, "/console/webhooks/new");
        assertThat(form.document().select("#eventTypes input[type=checkbox]")).hasSize(8);
        assertThat(form.document().select("label[for=eventType-3]").text()).isEqualTo("申し込みの確定");
        API.on("POST", BASE, created("{\"subscription\": " + DESK + ", \"secret\": \"" + SECRET + "\"}"));

        Page registered = browser.submit(form, "#register-form", Map.of("url", "https://minato.example/kizuna/webhooks",
                "eventTypes", CONFIRMED, "description", "受付システム"));

        assertThat(registered.status()).isEqualTo(302);
        assertThat(registered.location()).endsWith("/console/webhooks/" + ID + "/secret");
        assertThat(registered.body() == null ? "" : registered.body()).doesNotContain(SECRET);
        // an officer's endpoint is their own organization's: the API takes it from the token
        assertThat(API.lastCall("POST", BASE).body()).isEqualTo("{\"url\":\"https://minato.example/kizuna/webhooks\","
                + "\"eventTypes\":[\"" + CONFIRMED + "\"],\"description\":\"受付システム\"}");

        Page shown = browser.followed(registered);
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.header("Cache-Control")).isEqualTo("no-store");
        assertThat(shown.document().select("#webhook-secret").val()).isEqualTo(SECRET);
        assertThat(shown.mainText()).contains("この鍵が表示されるのは今回だけです", "HMAC-SHA256");

        Page reloaded = browser.get("/console/webhooks/" + ID + "/secret");
        assertThat(reloaded.body()).doesNotContain(SECRET);
        assertThat(reloaded.document().select("#secret-gone").text()).contains("もう表示できません");
        assertThat(browser.get("/console/webhooks/" + ID).body()).doesNotContain(SECRET);
    }

    @Test
    void theSecretIsShownEvenWhenTheApiDoesNotAnswerTheReadThatFollows() {
        Page form = browser.signIn(ISSUER, MINATO_PARTNER, "/console/webhooks/new");
        API.on("POST", BASE, created("{\"subscription\": " + DESK + ", \"secret\": \"" + SECRET + "\"}"));
        API.on("GET", ENDPOINT, Answer.hangUp());

        Page shown = browser.followed(browser.submit(form, "#register-form", Map.of("url", "https://minato.example/kizuna/webhooks",
                "eventTypes", CONFIRMED)));

        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.document().select("#webhook-secret").val()).isEqualTo(SECRET);
        assertThat(shown.mainText()).contains("https://minato.example/kizuna/webhooks");
    }

    @Test
    void staffRegisterAnEndpointForTheOrganizationTheyName() {
        Page form = browser.signIn(ISSUER, STAFF, "/console/webhooks/new");
        API.on("POST", BASE, created("{\"subscription\": " + DESK + ", \"secret\": \"" + SECRET + "\"}"));

        browser.submit(form, "#register-form", Map.of("organizationId", "minato", "url", "https://minato.example/kizuna/webhooks",
                "eventTypes", CONFIRMED, "description", ""));

        assertThat(API.lastCall("POST", BASE).body()).isEqualTo("{\"organizationId\":\"minato\","
                + "\"url\":\"https://minato.example/kizuna/webhooks\",\"eventTypes\":[\"" + CONFIRMED + "\"]}");
    }

    @Test
    void plainHttpToAnotherHostIsExplainedAtTheUrlAndTheFormKeepsWhatWasTyped() {
        Page form = browser.signIn(ISSUER, MINATO_PARTNER, "/console/webhooks/new");
        API.on("POST", BASE, problem(400, "validation-failed", "url: must be https (plain http only to localhost)",
                Map.of("errors", List.of(Map.of("field", "url", "message", "must be https (plain http only to localhost)")))));

        Page refused = browser.submit(form, "#register-form", Map.of("url", "http://minato.example/hooks",
                "eventTypes", CANCELLED, "description", "受付システム"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.document().select("#form-problem a").eachAttr("href")).containsExactly("#url");
        assertThat(refused.document().select("#url-error").text())
                .contains("https:// で始まるURLにしてください", "must be https (plain http only to localhost)");
        assertThat(refused.document().select("#url").attr("aria-invalid")).isEqualTo("true");
        assertThat(refused.document().select("#url").attr("aria-describedby")).isEqualTo("url-hint url-error");
        assertThat(refused.document().select("#url").val()).isEqualTo("http://minato.example/hooks");
        assertThat(refused.document().select("input[value=" + CANCELLED + "]").hasAttr("checked")).isTrue();
        assertThat(refused.document().select("input[value=" + CONFIRMED + "]").hasAttr("checked")).isFalse();
        assertThat(refused.document().select("#description").text()).isEqualTo("受付システム");
    }

    @Test
    void aPrivateAddressAndAnUnknownTypeAreEachShownAtTheirField() {
        Page form = browser.signIn(ISSUER, MINATO_PARTNER, "/console/webhooks/new");
        API.on("POST", BASE, problem(400, "validation-failed", "url: must not resolve to a private address",
                Map.of("errors", List.of(Map.of("field", "url", "message", "must not resolve to a private address (10.0.0.8)"),
                        Map.of("field", "eventTypes[0]", "message", "must be one of jp.kizuna.events.event.published.v1, …")))));

        Page refused = browser.submit(form, "#register-form", Map.of("url", "https://intranet.minato.example/hooks",
                "eventTypes", "jp.kizuna.events.secret.v1"));

        assertThat(refused.document().select("#form-problem a").eachAttr("href")).containsExactly("#url", "#eventTypes");
        assertThat(refused.document().select("#url-error").text()).contains("このアドレスには送れません", "10.0.0.8");
        assertThat(refused.document().select("fieldset#eventTypes").attr("aria-describedby")).isEqualTo("eventTypes-hint eventTypes-error");
        assertThat(refused.document().select("#eventTypes-error").text()).contains("must be one of");
        assertThat(refused.document().select("#url").val()).isEqualTo("https://intranet.minato.example/hooks");
    }

    // the endpoint: changing, pausing, resuming

    @Test
    void anEndpointsPageShowsItsSettingsAndState() {
        Page page = browser.signIn(ISSUER, MINATO_PARTNER, "/console/webhooks/" + ID);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.document().select("#state").text()).contains("有効", "令和6年6月1日(土) 10:00 湊 健一", "令和6年6月1日(土) 10:00 から使っている鍵");
        assertThat(page.document().select("#url").val()).isEqualTo("https://minato.example/kizuna/webhooks");
        assertThat(page.document().select("input[value=" + CONFIRMED + "]").hasAttr("checked")).isTrue();
        assertThat(page.document().select("#edit-form input[name=version]").val()).isEqualTo("\"2\"");
        assertThat(page.document().select("#state-form button").text()).isEqualTo("一時停止する");
        assertThat(page.body()).doesNotContain("whsec_");
    }

    @Test
    void anEndpointPausedByTheDispatcherSaysWhyAndOffersToResume() {
        API.on("GET", BASE + "/whs_9b1c", json(PAUSED).withHeader("ETag", "\"7\""));

        Page page = browser.signIn(ISSUER, MINATO_PARTNER, "/console/webhooks/whs_9b1c");

        assertThat(page.document().select("#paused-reason").text()).contains("1日のあいだ配信がすべて失敗したため、自動で停止しました",
                "no successful delivery since 2024-06-08T00:00:00Z; last: 503");
        assertThat(page.document().select("#state").text()).contains("令和6年6月9日(日) 9:00");
        assertThat(page.document().select("#state-form button").text()).isEqualTo("再開する");
        API.on("PUT", BASE + "/whs_9b1c", json(PAUSED.replace("\"PAUSED\"", "\"ACTIVE\"")));

        Page resumed = browser.submit(page, "#state-form", Map.of());

        assertThat(resumed.status()).isEqualTo(302);
        Call sent = API.lastCall("PUT", BASE + "/whs_9b1c");
        assertThat(sent.header("If-Match")).isEqualTo("\"7\"");
        assertThat(sent.body()).isEqualTo("{\"url\":\"https://line-bot.minato.example/hooks\","
                + "\"eventTypes\":[\"jp.kizuna.events.event.published.v1\"],\"description\":\"LINE bot\",\"active\":true}");
        assertThat(browser.followed(resumed).document().select("main [role=status]").text()).contains("再開しました");
    }

    @Test
    void pausingSendsTheSettingsAsTheyAreWithActiveFalse() {
        Page page = browser.signIn(ISSUER, MINATO_PARTNER, "/console/webhooks/" + ID);
        API.on("PUT", ENDPOINT, json(DESK));

        Page paused = browser.submit(page, "#state-form", Map.of());

        Call sent = API.lastCall("PUT", ENDPOINT);
        assertThat(sent.header("If-Match")).isEqualTo("\"2\"");
        assertThat(sent.body()).endsWith("\"active\":false}");
        assertThat(browser.followed(paused).document().select("main [role=status]").text()).contains("一時停止しました");
    }

    @Test
    void aChangeIsSentWithTheVersionItReadAndKeepsTheEndpointsState() {
        Page page = browser.signIn(ISSUER, MINATO_PARTNER, "/console/webhooks/" + ID);
        API.on("PUT", ENDPOINT, json(DESK));

        Page saved = browser.submit(page, "#edit-form", Map.of("url", "https://minato.example/v2/hooks", "eventTypes", CANCELLED,
                "description", "新しい受付"));

        assertThat(saved.status()).isEqualTo(302);
        Call sent = API.lastCall("PUT", ENDPOINT);
        assertThat(sent.header("If-Match")).isEqualTo("\"2\"");
        assertThat(sent.body()).isEqualTo("{\"url\":\"https://minato.example/v2/hooks\",\"eventTypes\":[\"" + CANCELLED
                + "\"],\"description\":\"新しい受付\",\"active\":true}");
        assertThat(browser.followed(saved).document().select("main [role=status]").text()).isEqualTo("設定を保存しました。");
    }

    @Test
    void aChangeMadeMeanwhileShowsTheCurrentValuesAndKeepsWhatWasTyped() {
        Page page = browser.signIn(ISSUER, MINATO_PARTNER, "/console/webhooks/" + ID);
        API.on("PUT", ENDPOINT, problem(412, "precondition-failed", "Webhook endpoint whs_3f2a is at version 3, not 2."));
        API.on("GET", ENDPOINT, json(endpoint("https://minato.example/changed-by-someone", "ほかの人の変更")).withHeader("ETag", "\"3\""));

        Page conflict = browser.submit(page, "#edit-form", Map.of("url", "https://minato.example/mine", "eventTypes", CANCELLED,
                "description", "わたしの変更"));

        assertThat(conflict.status()).isEqualTo(412);
        assertThat(conflict.document().select("#form-problem h2").text()).isEqualTo("ほかの人が先に変更しました");
        assertThat(conflict.document().select("#current-values").text()).contains("https://minato.example/changed-by-someone", "ほかの人の変更",
                "申し込みの確定");
        assertThat(conflict.document().select("#url").val()).isEqualTo("https://minato.example/mine");
        assertThat(conflict.document().select("#description").text()).isEqualTo("わたしの変更");
        assertThat(conflict.document().select("input[value=" + CONFIRMED + "]").hasAttr("checked")).isFalse();
        assertThat(conflict.document().select("#edit-form input[name=version]").val()).isEqualTo("\"3\"");
    }

    @Test
    void anotherOrganizationsEndpointIsNotFoundHere() {
        Page page = browser.signIn(ISSUER, MINATO_PARTNER, "/console/webhooks/whs_of_ikki");

        assertThat(page.status()).isEqualTo(404);
    }

    @Test
    void anIdThatIsNoIdNeverReachesTheApi() {
        browser.signIn(ISSUER, MINATO_PARTNER, "/console/webhooks/" + ID);

        Page page = browser.get("/console/webhooks/..%2F..%2Fregistrations/log");

        assertThat(page.status()).isIn(400, 404);
        assertThat(API.calls().stream().map(Call::path)).allMatch(path -> path.equals(ENDPOINT) || !path.contains("registrations"));
    }

    // the secret rotated

    @Test
    void aRotatedSecretIsShownOnceWithTheOverlapChosen() {
        Page page = browser.signIn(ISSUER, MINATO_PARTNER, "/console/webhooks/" + ID);
        assertThat(page.document().select("#overlap option").eachAttr("value")).containsExactly("PT0S", "PT1H", "PT24H", "P3D", "P7D");
        API.on("POST", ENDPOINT + "/secret-rotation", json("{\"subscription\": " + DESK + ", \"secret\": \"" + SECRET + "\"}"));

        Page rotated = browser.submit(page, "#rotate-form", Map.of("overlap", "P3D"));

        Call sent = API.lastCall("POST", ENDPOINT + "/secret-rotation");
        assertThat(sent.header("If-Match")).isEqualTo("\"2\"");
        assertThat(sent.body()).isEqualTo("{\"overlap\":\"P3D\"}");
        Page shown = browser.followed(rotated);
        assertThat(shown.header("Cache-Control")).isEqualTo("no-store");
        assertThat(shown.document().select("#webhook-secret").val()).isEqualTo(SECRET);
        assertThat(shown.mainText()).contains("署名の鍵を作り直しました");
        assertThat(browser.get("/console/webhooks/" + ID + "/secret").body()).doesNotContain(SECRET);
    }

    @Test
    void aRotationAfterAChangeMeanwhileShowsTheCurrentValuesAndMakesNoSecret() {
        Page page = browser.signIn(ISSUER, MINATO_PARTNER, "/console/webhooks/" + ID);
        API.on("POST", ENDPOINT + "/secret-rotation", problem(412, "precondition-failed", "at version 3"));
        API.on("GET", ENDPOINT, json(PAUSED.replace("whs_9b1c", ID)).withHeader("ETag", "\"3\""));

        Page conflict = browser.submit(page, "#rotate-form", Map.of("overlap", "PT1H"));

        assertThat(conflict.status()).isEqualTo(412);
        assertThat(conflict.document().select("#current-values").text()).contains("自動で停止");
        assertThat(conflict.body()).doesNotContain("whsec_");
        assertThat(conflict.document().select("#rotate-form input[name=version]").val()).isEqualTo("\"3\"");
    }

    // removing it

    @Test
    void removingAsksForConfirmationAndSendsTheVersionRead() {
        Page page = browser.signIn(ISSUER, MINATO_PARTNER, "/console/webhooks/" + ID);
        Page confirm = browser.get(page.document().select("a[href$=/delete]").attr("href"));
        assertThat(confirm.document().select("#current-values").text()).contains("https://minato.example/kizuna/webhooks");
        assertThat(API.calls("DELETE", ENDPOINT)).isEmpty();
        API.on("DELETE", ENDPOINT, new Answer(204, null, null, false, Map.of()));
        API.on("GET", BASE, json(Fixtures.emptyPage()));

        Page removed = browser.submit(confirm, "#delete-form", Map.of());

        assertThat(removed.status()).isEqualTo(302);
        assertThat(API.lastCall("DELETE", ENDPOINT).header("If-Match")).isEqualTo("\"2\"");
        assertThat(browser.followed(removed).document().select("main [role=status]").text()).isEqualTo("送り先を削除しました。");
    }

    @Test
    void aRemovalAfterAChangeMeanwhileShowsTheCurrentValuesAndAsksAgain() {
        Page confirm = browser.signIn(ISSUER, MINATO_PARTNER, "/console/webhooks/" + ID + "/delete");
        API.on("DELETE", ENDPOINT, problem(412, "precondition-failed", "at version 3"));
        API.on("GET", ENDPOINT, json(endpoint("https://minato.example/changed-by-someone", "ほかの人の変更")).withHeader("ETag", "\"3\""));

        Page conflict = browser.submit(confirm, "#delete-form", Map.of());

        assertThat(conflict.status()).isEqualTo(412);
        assertThat(conflict.document().select("#form-problem").text()).contains("ほかの人が先に変更しました");
        assertThat(conflict.document().select("#current-values").text()).contains("https://minato.example/changed-by-someone");
        assertThat(conflict.document().select("#delete-form input[name=version]").val()).isEqualTo("\"3\"");
    }

    // the log, one delivery, sending again, replay, ping

    @Test
    void theLogShowsTheCallsLatestFirstAPageAtATime() {
        API.on("GET", ENDPOINT + "/log", json(Fixtures.page(1, 20, 41,
                attempt("2024-06-10T00:00:05Z", "jp.kizuna.events.webhook.ping.v1", 200, 35, "ok", null),
                attempt("2024-06-09T23:00:00Z", CONFIRMED, null, 2001, null, "connect timed out"),
                attempt("2024-06-09T22:00:00Z", CANCELLED, 500, 120, "<html>" + "x".repeat(300) + "</html>", null))));

        Page log = browser.signIn(ISSUER, MINATO_PARTNER, "/console/webhooks/" + ID + "/log?page=1");

        assertThat(log.status()).isEqualTo(200);
        Call asked = API.lastCall("GET", ENDPOINT + "/log");
        assertThat(asked.query("page")).isEqualTo("1");
        assertThat(asked.query("size")).isEqualTo("20");
        var rows = log.document().select("#log tbody tr");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).text()).contains("令和6年6月10日(月) 9:00:05", "テスト送信", "200", "35 ミリ秒", "ok");
        assertThat(rows.get(1).text()).contains("申し込みの確定", "応答なし", "2,001 ミリ秒", "connect timed out");
        assertThat(rows.get(2).select("code").text()).endsWith("…").hasSizeLessThan(130);
        assertThat(rows.get(0).select("a").attr("href")).isEqualTo("/console/webhooks/" + ID + "/deliveries/" + DELIVERY);
        assertThat(log.document().select("nav.pager a").eachAttr("href"))
                .containsExactly("/console/webhooks/" + ID + "/log?page=0", "/console/webhooks/" + ID + "/log?page=2");
    }

    @Test
    void oneDeliveryShowsEveryCallMadeForItAndIsSentAgain() {
        String delivery = """
                {"id": "whs_3f2a:6f1c0a52-3c9e-4b8e-9d0e-0a4f7c1b2d3e", "webhookId": "6f1c0a52-3c9e-4b8e-9d0e-0a4f7c1b2d3e", "eventType": "%s", "eventTime": "2024-06-09T22:00:00Z", "status": "DELIVERED",
                 "attempts": 2, "deliveredAt": "2024-06-09T22:00:10Z", "history": [%s, %s]}""".formatted(CONFIRMED,
                attempt("2024-06-09T22:00:00Z", CONFIRMED, 500, 120, "boom", null),
                attempt("2024-06-09T22:00:10Z", CONFIRMED, 204, 40, "", null));
        API.on("GET", ENDPOINT + "/deliveries/" + DELIVERY, json(delivery));

        Page page = browser.signIn(ISSUER, MINATO_PARTNER, "/console/webhooks/" + ID + "/deliveries/" + DELIVERY);

        assertThat(page.document().select("#delivery").text()).contains("申し込みの確定", "6f1c0a52", "配信済み");
        assertThat(page.document().select("#attempts tbody tr")).hasSize(2);
        assertThat(page.document().select("#attempts tbody tr").get(0).text()).contains("500", "boom");
        API.on("POST", ENDPOINT + "/deliveries/" + DELIVERY + "/redelivery", new Answer(202, "application/json",
                "{\"queued\": 1, \"deliveryId\": \"" + DELIVERY + "\"}", false, Map.of()));

        Page again = browser.submit(page, "#redelivery-form", Map.of());

        assertThat(API.calls("POST", ENDPOINT + "/deliveries/" + DELIVERY + "/redelivery")).hasSize(1);
        assertThat(browser.followed(again).document().select("#queued").text()).isEqualTo("送り直しを受け付けました。まもなく送ります。");
    }

    @Test
    void aPingIsQueuedAndTheLogSaysSo() {
        API.on("GET", ENDPOINT + "/log", json(Fixtures.emptyPage()));
        Page log = browser.signIn(ISSUER, MINATO_PARTNER, "/console/webhooks/" + ID + "/log");
        assertThat(log.document().select("#no-calls").text()).isEqualTo("まだ送信していません。");
        API.on("POST", ENDPOINT + "/ping", new Answer(202, "application/json", "{\"queued\": 1, \"deliveryId\": \"whd_2\"}", false, Map.of()));

        Page pinged = browser.submit(log, "#ping-form", Map.of());

        assertThat(API.calls("POST", ENDPOINT + "/ping")).hasSize(1);
        assertThat(browser.followed(pinged).document().select("#queued").text()).contains("テスト送信を受け付けました");
    }

    @Test
    void aReplayStartsAtTheDayAndTimeGivenInAizuwakamatsu() {
        API.on("GET", ENDPOINT + "/log", json(Fixtures.emptyPage()));
        Page log = browser.signIn(ISSUER, MINATO_PARTNER, "/console/webhooks/" + ID + "/log");
        assertThat(log.document().select("#since").val()).isEqualTo("2024-06-10");
        API.on("POST", ENDPOINT + "/replay", new Answer(202, "application/json", "{\"queued\": 14, \"deliveryId\": null}", false, Map.of()));

        Page replayed = browser.submit(log, "#replay-form", Map.of("date", "2024-06-09", "time", "18:30"));

        assertThat(API.lastCall("POST", ENDPOINT + "/replay").body()).isEqualTo("{\"since\":\"2024-06-09T09:30:00Z\"}");
        assertThat(browser.followed(replayed).document().select("#queued").text()).isEqualTo("令和6年6月9日(日) 18:30 以降の 14 件の配信を送り直します。");
    }

    @Test
    void aReplayFromBeyondWhatIsKeptIsRefusedInPlaceWithTheDayKept() {
        API.on("GET", ENDPOINT + "/log", json(Fixtures.emptyPage()));
        Page log = browser.signIn(ISSUER, MINATO_PARTNER, "/console/webhooks/" + ID + "/log");
        API.on("POST", ENDPOINT + "/replay", problem(422, "rule-violated",
                "Deliveries are kept for 30 days; a replay can start at 2024-05-11T00:00:00Z at the earliest."));

        Page refused = browser.submit(log, "#replay-form", Map.of("date", "2024-04-01", "time", "09:00"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.document().select("section:has(#replay-title) #form-problem").text()).contains("Deliveries are kept for 30 days");
        assertThat(refused.document().select("#since").val()).isEqualTo("2024-04-01");
        assertThat(refused.document().select("#since-time").val()).isEqualTo("09:00");
    }

    @Test
    void aReplayWithoutADayIsRefusedBeforeTheApiIsAsked() {
        API.on("GET", ENDPOINT + "/log", json(Fixtures.emptyPage()));
        Page log = browser.signIn(ISSUER, MINATO_PARTNER, "/console/webhooks/" + ID + "/log");

        Page refused = browser.submit(log, "#replay-form", Map.of("date", "きのう", "time", ""));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(API.calls("POST", ENDPOINT + "/replay")).isEmpty();
        assertThat(refused.document().select("#form-problem a").eachAttr("href")).containsExactly("#since");
        assertThat(refused.document().select("#since").attr("aria-invalid")).isEqualTo("true");
        assertThat(refused.document().select("#since").val()).isEqualTo("きのう");
    }

    // in English

    @Test
    void thePagesSpeakEnglishWhenAsked() {
        API.on("GET", ENDPOINT + "/log", json(Fixtures.page(attempt("2024-06-10T00:00:05Z", "jp.kizuna.events.webhook.ping.v1", 200, 35, "ok", null))));

        Page log = browser.signIn(ISSUER, MINATO_PARTNER, "/console/webhooks/" + ID + "/log?lang=en");

        assertThat(log.document().select("h1").text()).startsWith("Delivery log");
        assertThat(log.document().select("#log tbody tr").text()).contains("Mon 10 June 2024 9:00:05", "Test ping", "35 ms");
        assertThat(browser.get("/console/webhooks/" + ID + "?lang=en").document().select("label[for=eventType-3]").text())
                .isEqualTo("Registration confirmed");
    }
}
