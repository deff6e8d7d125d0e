package jp.kizuna.web.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class WebPropertiesTest {

    @Test
    void sendsPeopleToTheIssuersAccountPageUnlessToldOtherwise() {
        assertThat(properties("http://localhost:9000/", "").accountPage()).isEqualTo("http://localhost:9000/account");
        assertThat(properties("https://id.city.example/realms/kizuna", "").accountPage())
                .isEqualTo("https://id.city.example/realms/kizuna/account");
        assertThat(properties("https://id.city.example/realms/kizuna", "https://id.city.example/me").accountPage())
                .isEqualTo("https://id.city.example/me");
    }

    @Test
    void knowsTheOriginOfTheIssuer() {
        assertThat(properties("https://id.city.example/realms/kizuna", "").issuerOrigin()).isEqualTo("https://id.city.example");
        assertThat(properties("http://localhost:9000", "").issuerOrigin()).isEqualTo("http://localhost:9000");
    }

    @Test
    void allowsNoInlineScriptOrStyleAndFormsOnlyToItselfAndTheIssuer() {
        String policy = SignInConfiguration.contentSecurityPolicy(properties("https://id.city.example/realms/kizuna", ""));

        assertThat(policy).contains("default-src 'none'", "script-src 'self'", "style-src 'self'", "base-uri 'none'",
                        "frame-ancestors 'none'", "form-action 'self' https://id.city.example;")
                .doesNotContain("unsafe-inline", "unsafe-eval", "*", "data:");
    }

    @Test
    void speaksJapaneseUnlessEnglishIsAsked() {
        assertThat(Languages.supported(Locale.UK)).isEqualTo(Locale.ENGLISH);
        assertThat(Languages.supported(Locale.ENGLISH)).isEqualTo(Locale.ENGLISH);
        assertThat(Languages.supported(Locale.JAPAN)).isEqualTo(Locale.JAPANESE);
        assertThat(Languages.supported(Locale.FRENCH)).isEqualTo(Locale.JAPANESE);
        assertThat(Languages.supported(null)).isEqualTo(Locale.JAPANESE);
    }

    private static WebProperties properties(String issuer, String accountUrl) {
        return new WebProperties(URI.create("http://localhost:8080"), URI.create(issuer), Duration.ofSeconds(10), accountUrl,
                Duration.ofSeconds(30), 64);
    }
}
