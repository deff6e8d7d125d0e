package jp.kizuna.localauth.signin;

import static jp.kizuna.localauth.DemoPeopleFixture.STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import jp.kizuna.localauth.Browser;
import jp.kizuna.localauth.IssuerTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * Guessing is slowed down and tells nothing: a wrong password and an unknown e-mail are answered alike,
 * the tenth wrong try in a minute is refused before the password is checked, a machine client's secret
 * cannot be guessed at network speed.
 */
@TestPropertySource(properties = "kizuna.local-auth.throttle.failed-sign-ins-per-address=1000")
class SignInLimitsIT extends IssuerTestSupport {

    static String message(HttpResponse<String> page) {
        int start = page.body().indexOf("id=\"sign-in-problem\">");
        assertThat(start).as("a sign-in problem on the page").isPositive();
        return page.body().substring(start, page.body().indexOf("</h2>", start));
    }

    HttpResponse<String> tryOnce(Browser browser, String email, String password) {
        return browser.follow(browser.signIn(email, password));
    }

    @Test
    void aWrongPasswordAndAnUnknownEmailGetTheSameAnswer() {
        HttpResponse<String> wrongPassword = tryOnce(browser(), STAFF.email(), "not-the-password-of-staff");
        HttpResponse<String> unknownEmail = tryOnce(browser(), "nobody-here@kizuna.example", "not-the-password-of-staff");

        assertThat(wrongPassword.statusCode()).isEqualTo(unknownEmail.statusCode()).isEqualTo(200);
        assertThat(message(wrongPassword)).isEqualTo(message(unknownEmail)).contains("メールアドレスまたはパスワードが正しくありません");
        assertThat(wrongPassword.body()).doesNotContain(STAFF.email().replace("@", "&#64;"));
    }

    @Test
    void theTenthWrongTryInAMinuteIsThrottledForKnownAndUnknownAddressesAlike() {
        for (String email : new String[] {"taro@kizuna.example", "no-such-person@kizuna.example"}) {
            Browser browser = browser();
            for (int attempt = 1; attempt <= 9; attempt++) {
                HttpResponse<String> wrong = tryOnce(browser, email, "wrong-password-" + attempt + "-xxxxxxxx");
                assertThat(message(wrong)).as("try %d for %s", attempt, email).contains("正しくありません");
            }

            HttpResponse<String> tenth = tryOnce(browser, email, "kita-no-yuki-michi");

            assertThat(tenth.statusCode()).as(email).isEqualTo(429);
            assertThat(message(tenth)).contains("一時的に受け付けを止めています").containsPattern("\\d+秒後");
        }
    }

    @Test
    void theThrottleMessageIsInEnglishForEnglishReaders() {
        Browser browser = browser();
        browser.get("/login?lang=en");
        for (int attempt = 1; attempt <= 9; attempt++) {
            tryOnce(browser, "english-reader@kizuna.example", "wrong-password-" + attempt + "-xxxxxxxx");
        }

        HttpResponse<String> tenth = tryOnce(browser, "english-reader@kizuna.example", "another-wrong-password");

        assertThat(message(tenth)).contains("Too many failed sign-ins").containsPattern("in \\d+ seconds");
        assertThat(tenth.body()).contains("<html lang=\"en\">");
    }

    @Test
    void failedClientAuthenticationsAtTheTokenEndpointAreThrottledPerClient() {
        Browser machine = browser();
        for (int attempt = 1; attempt <= 10; attempt++) {
            HttpResponse<String> wrong = machine.token(Map.of("grant_type", "client_credentials"),
                    Browser.basic("kizuna-partner", "guess-" + attempt));
            assertThat(wrong.statusCode()).as("try %d", attempt).isEqualTo(401);
        }

        HttpResponse<String> throttled = machine.token(Map.of("grant_type", "client_credentials"),
                Browser.basic("kizuna-partner", SECRET + "-partner"));

        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.headers().firstValue("Retry-After")).isPresent();
        assertThat(Browser.json(throttled).get("error").asString()).isEqualTo("too_many_requests");
        assertThat(machine.token(Map.of("grant_type", "client_credentials"),
                Browser.basic("kizuna-city-staff", SECRET + "-city-staff")).statusCode())
                .as("other clients are not held up").isEqualTo(200);
    }
}
