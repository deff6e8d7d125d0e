package jp.kizuna.localauth.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import jp.kizuna.localauth.Browser;
import jp.kizuna.localauth.IssuerTestSupport;
import jp.kizuna.localauth.account.AccountRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Residents open their own accounts on the registration page; bad input is explained and nothing is stored. */
class ResidentRegistrationIT extends IssuerTestSupport {

    @Autowired
    AccountRepository accounts;

    static Map<String, String> form(String name, String email, String password) {
        return Map.of("displayName", name, "kanaName", "", "email", email, "password", password,
                "passwordConfirmation", password);
    }

    HttpResponse<String> register(Browser browser, Map<String, String> form) {
        browser.get("/register");
        return browser.submit("/register", form);
    }

    @Test
    void aResidentRegistersIsSignedInAndHerTokensCarryHerName() {
        Browser browser = browser();
        Browser.Pkce pkce = Browser.Pkce.create();
        assertThat(Browser.location(browser.authorize("kizuna-web", WEB_CALLBACK, pkce, null))).endsWith("/login");

        HttpResponse<String> registered = register(browser, Map.of("displayName", "門田 さくら", "kanaName", "ﾓﾝﾃﾞﾝ ｻｸﾗ",
                "email", "Ｓａｋｕｒａ＠example.jp", "password", "hanami-no-kisetsu-ni", "passwordConfirmation", "hanami-no-kisetsu-ni"));

        assertThat(Browser.location(registered)).contains("/oauth2/authorize");
        HttpResponse<String> atApp = browser.follow(registered);
        assertThat(Browser.location(atApp)).startsWith(WEB_CALLBACK).contains("code=");
        var account = accounts.findByEmail("sakura@example.jp").orElseThrow();
        assertThat(account.displayName()).isEqualTo("門田 さくら");
        assertThat(account.kanaName()).contains("モンデン サクラ");
        assertThat(account.role().claim()).isEqualTo("resident");
        assertThat(account.passwordHash()).startsWith("{argon2id}").doesNotContain("hanami");
    }

    @Test
    void aWeakPasswordIsExplainedInJapaneseAndNothingIsStored() {
        HttpResponse<String> refused = register(browser(), form("河東 次郎", "jiro@example.jp", "password1234567"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("よく使われていて推測されやすいパスワードです")
                .contains("aria-invalid=\"true\"").contains("value=\"jiro@example.jp\"")
                .doesNotContain("password1234567");
        assertThat(accounts.findByEmail("jiro@example.jp")).isEmpty();
    }

    @Test
    void everyWrongFieldIsExplainedInEnglishForEnglishReaders() {
        Browser browser = browser();
        browser.get("/register?lang=en");
        long before = accounts.count();

        HttpResponse<String> refused = browser.submit("/register", Map.of("displayName", "\u200B\u200B",
                "kanaName", "hanako", "email", "not-an-address", "password", "short", "passwordConfirmation", "other"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("invisible or control character (U+200B)")
                .contains("Write the reading in hiragana or katakana.")
                .contains("This is not an e-mail address").contains("at least 15 characters")
                .contains("The two passwords are not the same.");
        assertThat(accounts.count()).isEqualTo(before);
    }

    @Test
    void namesWithControlOrBidirectionalCharactersAreRefused() {
        HttpResponse<String> refused = register(browser(), form("会津\u202Eモンタ", "mallory@example.jp", "tsurugajo-no-sakura-ga"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("U+202E");
        assertThat(accounts.findByEmail("mallory@example.jp")).isEmpty();
    }

    @Test
    void anAddressThatHasAnAccountCannotRegisterAgain() {
        HttpResponse<String> refused = register(browser(), form("会津 花子", "HANAKO@kizuna.example", "tsuki-ga-kirei-desu-ne"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("このメールアドレスでは登録できません");
    }

    @Test
    void thePagesAllowNoInlineScriptOrStyle() {
        HttpResponse<String> page = browser().get("/register");

        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("script-src 'self'").contains("style-src 'self'").doesNotContain("unsafe-inline"));
        assertThat(page.body()).doesNotContain("<script").doesNotContain("style=").contains("<html lang=\"ja\">")
                .contains("name=\"_csrf\"").contains("<main id=\"main\"");
    }
}
