package jp.kizuna.localauth.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import jp.kizuna.localauth.Browser;
import jp.kizuna.localauth.IssuerTestSupport;
import jp.kizuna.localauth.account.AccountRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

@TestPropertySource(properties = "kizuna.local-auth.throttle.registrations-per-address=2")
class RegistrationLimitIT extends IssuerTestSupport {

    @Autowired
    AccountRepository accounts;

    HttpResponse<String> register(String email) {
        Browser browser = browser();
        browser.get("/register");
        return browser.submit("/register", Map.of("displayName", "住民 " + email.charAt(0), "email", email,
                "password", "yuki-ga-futte-kita-yo", "passwordConfirmation", "yuki-ga-futte-kita-yo"));
    }

    @Test
    void registrationsAreLimitedPerClientAddress() {
        assertThat(Browser.isRedirect(register("a-one@example.jp"))).isTrue();
        assertThat(Browser.isRedirect(register("b-two@example.jp"))).isTrue();

        HttpResponse<String> third = register("c-three@example.jp");

        assertThat(third.statusCode()).isEqualTo(429);
        assertThat(third.body()).contains("アカウント作成が多すぎます");
        assertThat(accounts.findByEmail("c-three@example.jp")).isEmpty();
    }
}
