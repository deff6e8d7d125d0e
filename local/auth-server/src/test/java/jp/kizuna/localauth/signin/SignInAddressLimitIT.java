package jp.kizuna.localauth.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import jp.kizuna.localauth.Browser;
import jp.kizuna.localauth.IssuerTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

@TestPropertySource(properties = "kizuna.local-auth.throttle.failed-sign-ins-per-address=5")
class SignInAddressLimitIT extends IssuerTestSupport {

    @Test
    void oneAddressTryingManyAccountsIsThrottledToo() {
        for (int account = 1; account <= 5; account++) {
            Browser browser = browser();
            assertThat(browser.follow(browser.signIn("person" + account + "@example.jp", "some-wrong-password-x")).statusCode())
                    .isEqualTo(200);
        }
        Browser browser = browser();

        HttpResponse<String> sixth = browser.follow(browser.signIn("another-person@example.jp", "some-wrong-password-x"));

        assertThat(sixth.statusCode()).isEqualTo(429);
        assertThat(sixth.body()).contains("一時的に受け付けを止めています");
    }
}
