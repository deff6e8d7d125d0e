package jp.kizuna.localauth.api;

import static jp.kizuna.localauth.DemoPeopleFixture.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import jp.kizuna.localauth.Browser;
import jp.kizuna.localauth.IssuerTestSupport;
import jp.kizuna.localauth.account.AccountRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.JsonNode;

/**
 * City admins open accounts for staff, officers and partners, disable them and hand out new passwords,
 * through the account API; everything is audited, bad input stores nothing. It disables a demo person, so
 * the classes after it get an issuer and a database of their own.
 */
@DirtiesContext
class AccountApiIT extends IssuerTestSupport {

    @Autowired
    AccountRepository accounts;

    final HttpClient http = HttpClient.newHttpClient();
    String adminToken;

    @BeforeEach
    void signInAsTheCityAdmin() {
        Browser browser = browser();
        Browser.Pkce pkce = Browser.Pkce.create();
        String code = browser.codeFor("kizuna-web", WEB_CALLBACK, pkce, ADMIN.email(), ADMIN.password());
        adminToken = Browser.json(browser.token(Map.of("grant_type", "authorization_code", "code", code,
                "redirect_uri", WEB_CALLBACK, "code_verifier", pkce.verifier()), Browser.basic("kizuna-web", SECRET + "-web")))
                .get("access_token").asString();
    }

    HttpResponse<String> call(String method, String path, String body, String token, String ifMatch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(issuer() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> open(String json) {
        return call("POST", "/api/accounts", json, adminToken, null);
    }

    String machineToken(String role) {
        return Browser.json(browser().token(Map.of("grant_type", "client_credentials"),
                Browser.basic("kizuna-" + role, SECRET + "-" + role))).get("access_token").asString();
    }

    @Test
    void aCityAdminOpensAnOfficerOfARegisteredOrganizationWithATemporaryPassword() {
        HttpResponse<String> opened = open("""
                {"displayName":"大戸 里美","kanaName":"おおと さとみ","email":"satomi.oto@example.jp",
                 "role":"org-admin","organizationId":"oto"}""");

        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        JsonNode body = Browser.json(opened);
        assertThat(body.get("account").get("role").asString()).isEqualTo("org-admin");
        assertThat(body.get("account").get("organizationId").asString()).isEqualTo("oto");
        assertThat(body.get("account").get("passwordChangeRequired").asBoolean()).isTrue();
        assertThat(body.get("temporaryPassword").asString()).matches("[a-z2-9]{5}(-[a-z2-9]{5}){3}");
        assertThat(opened.headers().firstValue("Location")).hasValue("/api/accounts/" + body.get("account").get("id").asString());
        assertThat(opened.body()).doesNotContain("passwordHash").doesNotContain("argon2");
    }

    @Test
    void theTemporaryPasswordMustBeReplacedBeforeAnyAppGetsAToken() {
        String temporary = Browser.json(open("""
                {"displayName":"湊 二郎","email":"jiro.minato@example.jp","role":"partner","organizationId":"minato"}"""))
                .get("temporaryPassword").asString();
        Browser browser = browser();
        browser.authorize("kizuna-web", WEB_CALLBACK, Browser.Pkce.create(), null);

        HttpResponse<String> signedIn = browser.signIn("jiro.minato@example.jp", temporary);

        assertThat(Browser.location(signedIn)).endsWith("/account/password");
        HttpResponse<String> page = browser.get("/account/password");
        assertThat(page.body()).contains("仮パスワード");
        HttpResponse<String> changed = browser.submit("/account/password", Map.of("currentPassword", temporary,
                "newPassword", "umi-to-yama-no-aida", "newPasswordConfirmation", "umi-to-yama-no-aida"));
        assertThat(Browser.location(changed)).contains("/oauth2/authorize");
        assertThat(Browser.location(browser.follow(changed))).startsWith(WEB_CALLBACK).contains("code=");
        assertThat(accounts.findByEmail("jiro.minato@example.jp").orElseThrow().passwordChangeRequired()).isFalse();
    }

    @Test
    void anOrganizationOutsideTheRegisterIsRefusedAndNothingIsStored() {
        HttpResponse<String> refused = open("""
                {"displayName":"架空 太郎","email":"fiction@example.jp","role":"org-admin","organizationId":"no-such-org"}""");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = Browser.json(refused);
        assertThat(problem.get("type").asString()).isEqualTo("urn:kizuna:problem:validation-failed");
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("organizationId");
        assertThat(accounts.findByEmail("fiction@example.jp")).isEmpty();
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsStored() {
        long before = accounts.count();

        HttpResponse<String> refused = open("""
                {"displayName":"%s","kanaName":"abc","email":"two@@example.jp","role":"city-staff","organizationId":"ikki"}"""
                .formatted("長".repeat(51)));

        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode errors = Browser.json(refused).get("errors");
        assertThat(errors.toString()).contains("displayName").contains("kanaName").contains("email").contains("organizationId")
                .contains("at most 50 characters");
        assertThat(accounts.count()).isEqualTo(before);
        assertThat(open("{\"displayName\":\"\\u202E反転\",\"email\":\"rlo@example.jp\",\"role\":\"city-staff\"}").body())
                .contains("U+202E");
        assertThat(open("{\"displayName\":\"x\",\"email\":\"residents@example.jp\",\"role\":\"resident\"}").body())
                .contains("Residents open their accounts themselves");
        assertThat(open("{not json").statusCode()).isEqualTo(400);
        assertThat(accounts.count()).isEqualTo(before);
    }

    @Test
    void onlyCityAdminsAdministerAccounts() {
        assertThat(call("GET", "/api/accounts", null, null, null).statusCode()).isEqualTo(401);
        HttpResponse<String> staff = call("GET", "/api/accounts", null, machineToken("city-staff"), null);
        assertThat(staff.statusCode()).isEqualTo(403);
        assertThat(staff.body()).contains("urn:kizuna:problem:forbidden");
        assertThat(call("GET", "/api/accounts", null, machineToken("city-admin"), null).statusCode()).isEqualTo(200);
        assertThat(call("GET", "/api/accounts", null, "not.a.token", null).statusCode()).isEqualTo(401);
    }

    @Test
    void disablingAnAccountEndsItsSignInsAndRefreshes() {
        Browser taro = browser();
        Browser.Pkce pkce = Browser.Pkce.create();
        String code = taro.codeFor("kizuna-web", WEB_CALLBACK, pkce, "taro@kizuna.example", "kita-no-yuki-michi");
        String refresh = Browser.json(taro.token(Map.of("grant_type", "authorization_code", "code", code,
                "redirect_uri", WEB_CALLBACK, "code_verifier", pkce.verifier()), Browser.basic("kizuna-web", SECRET + "-web")))
                .get("refresh_token").asString();
        String id = accounts.findByEmail("taro@kizuna.example").orElseThrow().id();
        HttpResponse<String> read = call("GET", "/api/accounts/" + id, null, adminToken, null);

        assertThat(call("POST", "/api/accounts/" + id + "/disable", "{\"reason\":\"転居\"}", adminToken, null).statusCode())
                .as("If-Match is required").isEqualTo(428);
        HttpResponse<String> disabled = call("POST", "/api/accounts/" + id + "/disable", "{\"reason\":\"転居 (moved away)\"}",
                adminToken, read.headers().firstValue("ETag").orElseThrow());

        assertThat(disabled.statusCode()).as(disabled.body()).isEqualTo(200);
        assertThat(Browser.json(disabled).get("account").get("status").asString()).isEqualTo("DISABLED");
        assertThat(taro.token(Map.of("grant_type", "refresh_token", "refresh_token", refresh),
                Browser.basic("kizuna-web", SECRET + "-web")).statusCode()).isEqualTo(400);
        Browser again = browser();
        HttpResponse<String> signIn = again.follow(again.signIn("taro@kizuna.example", "kita-no-yuki-michi"));
        assertThat(signIn.body()).contains("利用停止中");
        HttpResponse<String> stale = call("POST", "/api/accounts/" + id + "/enable", null, adminToken,
                read.headers().firstValue("ETag").orElseThrow());
        assertThat(stale.statusCode()).isEqualTo(412);
        assertThat(Browser.json(stale).get("current").get("status").asString()).isEqualTo("DISABLED");
    }

    @Test
    void aPasswordResetHandsOutANewTemporaryPasswordAndEveryChangeIsAudited() {
        JsonNode opened = Browser.json(open("""
                {"displayName":"北会津 三郎","email":"saburo@example.jp","role":"city-staff"}"""));
        String id = opened.get("account").get("id").asString();

        HttpResponse<String> reset = call("POST", "/api/accounts/" + id + "/password-reset", null, adminToken,
                "\"" + opened.get("account").get("version").asLong() + "\"");

        assertThat(reset.statusCode()).isEqualTo(200);
        assertThat(Browser.json(reset).get("temporaryPassword").asString())
                .isNotEqualTo(opened.get("temporaryPassword").asString());
        JsonNode history = Browser.json(call("GET", "/api/accounts/" + id, null, adminToken, null)).get("audit");
        assertThat(history.get(0).get("action").asString()).isEqualTo("PASSWORD_RESET");
        assertThat(history.get(0).get("actorName").asString()).isEqualTo("佐藤 直子（情報政策課）");
        assertThat(history.get(1).get("action").asString()).isEqualTo("CREATED");
        assertThat(history.toString()).doesNotContain(Browser.json(reset).get("temporaryPassword").asString());
        JsonNode log = Browser.json(call("GET", "/api/accounts/audit?size=5", null, adminToken, null));
        assertThat(log.get("items").get(0).get("accountId").asString()).isEqualTo(id);
        assertThat(log.get("totalItems").asLong()).isGreaterThanOrEqualTo(8);
    }

    @Test
    void listsAreFilteredAndPagedWithCheckedParameters() {
        JsonNode residents = Browser.json(call("GET", "/api/accounts?role=resident&size=1", null, adminToken, null));
        assertThat(residents.get("items")).hasSize(1);
        assertThat(residents.get("totalItems").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(Browser.json(call("GET", "/api/accounts?q=%E8%8A%B1%E5%AD%90", null, adminToken, null))
                .get("items").get(0).get("email").asString()).isEqualTo("hanako@kizuna.example");

        for (String bad : new String[] {"size=0", "size=101", "page=-1", "page=abc", "role=mayor", "status=gone", "q=%00x"}) {
            HttpResponse<String> refused = call("GET", "/api/accounts?" + bad, null, adminToken, null);
            assertThat(refused.statusCode()).as(bad).isEqualTo(400);
            assertThat(refused.body()).as(bad).contains("urn:kizuna:problem:validation-failed");
        }
    }
}
