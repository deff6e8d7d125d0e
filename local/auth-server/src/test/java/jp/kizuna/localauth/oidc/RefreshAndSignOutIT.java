package jp.kizuna.localauth.oidc;

import static jp.kizuna.localauth.DemoPeopleFixture.HANAKO;
import static jp.kizuna.localauth.DemoPeopleFixture.TARO;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import jp.kizuna.localauth.Browser;
import jp.kizuna.localauth.Browser.Pkce;
import jp.kizuna.localauth.IssuerTestSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Refresh tokens rotate at every use and a reused one revokes its authorization; the mobile app is a public
 * client with refresh tokens; RP-initiated logout and "sign out everywhere" end what they should.
 */
class RefreshAndSignOutIT extends IssuerTestSupport {

    static final String WEB = "kizuna-web";
    static final String MOBILE = "kizuna-mobile";
    static final String LOOPBACK = "http://127.0.0.1:53117/callback";
    static final String APP_SCHEME = "jp.kizuna.app:/oauth2redirect";

    String webBasic() {
        return Browser.basic(WEB, SECRET + "-web");
    }

    JsonNode webTokens(Browser browser, String email, String password) {
        Pkce pkce = Pkce.create();
        String code = browser.codeFor(WEB, WEB_CALLBACK, pkce, email, password);
        HttpResponse<String> tokens = browser.token(Map.of("grant_type", "authorization_code", "code", code,
                "redirect_uri", WEB_CALLBACK, "code_verifier", pkce.verifier()), webBasic());
        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        return Browser.json(tokens);
    }

    HttpResponse<String> refresh(Browser browser, String refreshToken, String clientId, String basic) {
        Map<String, String> form = new LinkedHashMap<>(Map.of("grant_type", "refresh_token", "refresh_token", refreshToken));
        if (basic == null) {
            form.put("client_id", clientId);
        }
        return browser.token(form, basic);
    }

    @Test
    void aRefreshTokenRotatesAndTheOldOneNoLongerWorks() {
        Browser browser = browser();
        JsonNode first = webTokens(browser, HANAKO.email(), HANAKO.password());

        HttpResponse<String> refreshed = refresh(browser, first.get("refresh_token").asString(), WEB, webBasic());

        assertThat(refreshed.statusCode()).as(refreshed.body()).isEqualTo(200);
        JsonNode second = Browser.json(refreshed);
        assertThat(second.get("refresh_token").asString()).isNotEqualTo(first.get("refresh_token").asString());
        assertThat(Browser.claims(second.get("access_token").asString()).get("sub").asString())
                .isEqualTo(Browser.claims(first.get("access_token").asString()).get("sub").asString());
        assertThat(refresh(browser, second.get("refresh_token").asString(), WEB, webBasic()).statusCode()).isEqualTo(200);
    }

    @Test
    void reusingARotatedOutRefreshTokenRevokesTheWholeAuthorization() {
        Browser browser = browser();
        JsonNode first = webTokens(browser, TARO.email(), TARO.password());
        String old = first.get("refresh_token").asString();
        String current = Browser.json(refresh(browser, old, WEB, webBasic())).get("refresh_token").asString();

        HttpResponse<String> replay = refresh(browser, old, WEB, webBasic());

        assertThat(replay.statusCode()).isEqualTo(400);
        assertThat(Browser.json(replay).get("error").asString()).isEqualTo("invalid_grant");
        assertThat(refresh(browser, current, WEB, webBasic()).statusCode())
                .as("the token rotated in after the stolen one is revoked too").isEqualTo(400);
    }

    @Test
    void theMobileAppIsAPublicClientWithALoopbackRedirectAndRotatingRefreshTokens() {
        Browser browser = browser();
        Pkce pkce = Pkce.create();
        String code = browser.codeFor(MOBILE, LOOPBACK, pkce, HANAKO.email(), HANAKO.password());

        HttpResponse<String> tokens = browser.token(Map.of("grant_type", "authorization_code", "code", code,
                "redirect_uri", LOOPBACK, "client_id", MOBILE, "code_verifier", pkce.verifier()), null);

        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        String refreshToken = Browser.json(tokens).get("refresh_token").asString();
        assertThat(refreshToken).isNotBlank();
        HttpResponse<String> refreshed = refresh(browser, refreshToken, MOBILE, null);
        assertThat(refreshed.statusCode()).as(refreshed.body()).isEqualTo(200);
        assertThat(Browser.json(refreshed).get("refresh_token").asString()).isNotEqualTo(refreshToken);
        assertThat(refresh(browser, refreshToken, MOBILE, null).statusCode()).isEqualTo(400);
    }

    @Test
    void theMobileAppMayAlsoBeRedirectedToItsOwnScheme() {
        Browser browser = browser();
        browser.follow(browser.signIn(TARO.email(), TARO.password()));

        HttpResponse<String> answer = browser.authorize(MOBILE, APP_SCHEME, Pkce.create(), null);

        assertThat(Browser.location(answer)).startsWith(APP_SCHEME + "?code=");
    }

    @Test
    void aPublicClientCannotRefreshWithAnotherClientsToken() {
        Browser browser = browser();
        String webRefresh = webTokens(browser, HANAKO.email(), HANAKO.password()).get("refresh_token").asString();

        HttpResponse<String> stolen = refresh(browser, webRefresh, MOBILE, null);

        assertThat(stolen.statusCode()).isEqualTo(400);
        assertThat(refresh(browser, webRefresh, WEB, webBasic()).statusCode()).isEqualTo(200);
    }

    @Test
    void logoutEndsTheSessionAtTheIssuerAndRevokesTheAppsRefreshToken() {
        Browser browser = browser();
        JsonNode tokens = webTokens(browser, HANAKO.email(), HANAKO.password());

        HttpResponse<String> logout = browser.get("/connect/logout?id_token_hint=" + tokens.get("id_token").asString()
                + "&client_id=" + WEB + "&post_logout_redirect_uri=" + Browser.queryOf("x?u=http%3A%2F%2F127.0.0.1%3A18999%2F").get("u")
                + "&state=bye");

        assertThat(Browser.location(logout)).startsWith("http://127.0.0.1:18999/").contains("state=bye");
        assertThat(refresh(browser, tokens.get("refresh_token").asString(), WEB, webBasic()).statusCode()).isEqualTo(400);
        HttpResponse<String> again = browser.authorize(WEB, WEB_CALLBACK, Pkce.create(), null);
        assertThat(Browser.location(again)).endsWith("/login");
    }

    @Test
    void signingOutEverywhereEndsEveryAppAndEveryBrowser() {
        Browser phone = browser();
        String mobileRefresh;
        {
            Pkce pkce = Pkce.create();
            String code = phone.codeFor(MOBILE, LOOPBACK, pkce, TARO.email(), TARO.password());
            mobileRefresh = Browser.json(phone.token(Map.of("grant_type", "authorization_code", "code", code,
                    "redirect_uri", LOOPBACK, "client_id", MOBILE, "code_verifier", pkce.verifier()), null))
                    .get("refresh_token").asString();
        }
        Browser laptop = browser();
        String webRefresh = webTokens(laptop, TARO.email(), TARO.password()).get("refresh_token").asString();

        laptop.get("/account");
        HttpResponse<String> everywhere = laptop.submit("/account/sign-out-everywhere", Map.of());

        assertThat(Browser.location(everywhere)).endsWith("/login?signedOut");
        assertThat(refresh(phone, mobileRefresh, MOBILE, null).statusCode()).isEqualTo(400);
        assertThat(refresh(laptop, webRefresh, WEB, webBasic()).statusCode()).isEqualTo(400);
        assertThat(Browser.location(phone.get("/account"))).contains("/login");
    }
}
