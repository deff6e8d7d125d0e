package jp.kizuna.localauth.oidc;

import static jp.kizuna.localauth.DemoPeopleFixture.HANAKO;
import static jp.kizuna.localauth.DemoPeopleFixture.IKKI_OFFICER;
import static jp.kizuna.localauth.DemoPeopleFixture.TARO;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import jp.kizuna.localauth.Browser;
import jp.kizuna.localauth.Browser.Pkce;
import jp.kizuna.localauth.IssuerTestSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * People sign in to the web portal through the authorization-code flow with PKCE, driven over real HTTP:
 * the sign-in form with its CSRF token, the redirect back to the app, the code exchange.
 */
class AuthorizationCodeFlowIT extends IssuerTestSupport {

    static final String WEB = "kizuna-web";

    JsonNode tokensFor(Browser browser, String email, String password) {
        Pkce pkce = Pkce.create();
        String code = browser.codeFor(WEB, WEB_CALLBACK, pkce, email, password);
        HttpResponse<String> tokens = browser.token(Map.of("grant_type", "authorization_code", "code", code,
                "redirect_uri", WEB_CALLBACK, "code_verifier", pkce.verifier()), Browser.basic(WEB, SECRET + "-web"));
        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        return Browser.json(tokens);
    }

    @Test
    void twoResidentsSignedInThroughTheCodeFlowGetDifferentSubjects() {
        JsonNode hanako = Browser.claims(tokensFor(browser(), HANAKO.email(), HANAKO.password()).get("access_token").asString());
        JsonNode taro = Browser.claims(tokensFor(browser(), TARO.email(), TARO.password()).get("access_token").asString());

        assertThat(hanako.get("sub").asString()).isNotBlank().isNotEqualTo(taro.get("sub").asString());
        assertThat(hanako.get("sub").asString()).doesNotContain("hanako").doesNotStartWith("kizuna-");
    }

    @Test
    void aPersonsAccessTokenKeepsTheApiContractAndNamesThemWithoutTheirEmail() {
        JsonNode tokens = tokensFor(browser(), HANAKO.email(), HANAKO.password());
        JsonNode access = Browser.claims(tokens.get("access_token").asString());

        assertThat(access.get("aud").toString()).contains("kizuna-api");
        assertThat(access.get("iss").asString()).isEqualTo(issuer());
        assertThat(access.get("roles").get(0).asString()).isEqualTo("resident");
        assertThat(access.get("name").asString()).isEqualTo("会津 花子");
        assertThat(access.has("org_id")).isFalse();
        assertThat(access.toString()).doesNotContain(HANAKO.email());
        assertThat(access.get("exp").asLong() - access.get("iat").asLong()).isEqualTo(600);

        JsonNode id = Browser.claims(tokens.get("id_token").asString());
        assertThat(id.get("sub").asString()).isEqualTo(access.get("sub").asString());
        assertThat(id.get("email").asString()).isEqualTo(HANAKO.email());
        assertThat(tokens.get("refresh_token").asString()).isNotBlank();
    }

    @Test
    void anOfficersTokenNamesTheOneOrganizationTheyActFor() {
        JsonNode access = Browser.claims(tokensFor(browser(), IKKI_OFFICER.email(), IKKI_OFFICER.password())
                .get("access_token").asString());

        assertThat(access.get("roles").get(0).asString()).isEqualTo("org-admin");
        assertThat(access.get("org_id").asString()).isEqualTo("ikki");
    }

    @Test
    void anAuthorizationRequestWithoutPkceIsRefused() {
        Browser browser = browser();
        browser.follow(browser.signIn(HANAKO.email(), HANAKO.password()));

        HttpResponse<String> answer = browser.authorize(WEB, WEB_CALLBACK, null, null);

        assertThat(Browser.isRedirect(answer)).isTrue();
        assertThat(Browser.queryOf(Browser.location(answer))).containsEntry("error", "invalid_request").doesNotContainKey("code");
    }

    @Test
    void thePlainPkceMethodIsRefused() {
        Browser browser = browser();
        browser.follow(browser.signIn(HANAKO.email(), HANAKO.password()));

        HttpResponse<String> answer = browser.get("/oauth2/authorize?response_type=code&client_id=" + WEB
                + "&redirect_uri=" + Browser.queryOf("x?u=" + WEB_CALLBACK).get("u") + "&scope=openid&state=s"
                + "&code_challenge=plainchallengeplainchallengeplainchallenge1234&code_challenge_method=plain");

        assertThat(Browser.queryOf(Browser.location(answer))).containsEntry("error", "invalid_request").doesNotContainKey("code");
    }

    @Test
    void aCodeExchangedWithTheWrongVerifierGivesNoToken() {
        Browser browser = browser();
        String code = browser.codeFor(WEB, WEB_CALLBACK, Pkce.create(), TARO.email(), TARO.password());

        HttpResponse<String> tokens = browser.token(Map.of("grant_type", "authorization_code", "code", code,
                "redirect_uri", WEB_CALLBACK, "code_verifier", Pkce.create().verifier()), Browser.basic(WEB, SECRET + "-web"));

        assertThat(tokens.statusCode()).isEqualTo(400);
        assertThat(Browser.json(tokens).get("error").asString()).isEqualTo("invalid_grant");
    }

    @Test
    void anUnregisteredRedirectAddressIsNeverRedirectedTo() {
        HttpResponse<String> answer = browser().authorize(WEB, "https://attacker.example/callback", Pkce.create(), null);

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Location")).isEmpty();
    }

    @Test
    void theDiscoveryDocumentAndKeysArePublished() {
        JsonNode discovery = Browser.json(browser().get("/.well-known/openid-configuration"));

        assertThat(discovery.get("issuer").asString()).isEqualTo(issuer());
        assertThat(discovery.get("end_session_endpoint").asString()).isEqualTo(issuer() + "/connect/logout");
        assertThat(discovery.get("code_challenge_methods_supported").toString()).isEqualTo("[\"S256\"]");
        JsonNode keys = Browser.json(browser().get(discovery.get("jwks_uri").asString()));
        assertThat(keys.get("keys").get(0).get("kty").asString()).isEqualTo("RSA");
        assertThat(keys.get("keys").get(0).has("d")).isFalse();
    }
}
