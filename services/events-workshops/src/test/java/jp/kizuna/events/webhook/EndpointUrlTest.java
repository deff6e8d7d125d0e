package jp.kizuna.events.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EndpointUrlTest {

    @Test
    void acceptsAnHttpsUrl() {
        assertThat(EndpointUrl.problem("https://minato.example/kizuna/webhooks?x=1", false)).isEmpty();
    }

    @Test
    void refusesPlainHttpWhereTheSettingIsOff() {
        assertThat(EndpointUrl.problem("http://127.0.0.1:8099/hooks", false)).contains("must be https");
        assertThat(EndpointUrl.problem("http://minato.example/hooks", false)).contains("must be https");
    }

    @Test
    void acceptsPlainHttpOnlyToLoopbackWhereTheSettingIsOn() {
        assertThat(EndpointUrl.problem("http://127.0.0.1:8099/hooks", true)).isEmpty();
        assertThat(EndpointUrl.problem("http://localhost:8099/hooks", true)).isEmpty();
        assertThat(EndpointUrl.problem("http://[::1]:8099/hooks", true)).isEmpty();
        assertThat(EndpointUrl.problem("http://192.168.1.10/hooks", true)).contains("must be https (plain http only to localhost)");
        assertThat(EndpointUrl.problem("http://localhost.minato.example/hooks", true)).contains("must be https (plain http only to localhost)");
    }

    @Test
    void refusesUrlsThatAreNotAbsoluteOrCarryCredentialsOrAFragment() {
        assertThat(EndpointUrl.problem("/kizuna/webhooks", false)).isPresent();
        assertThat(EndpointUrl.problem("https://user:pw@minato.example/hooks", false)).get().asString().contains("user name");
        assertThat(EndpointUrl.problem("https://minato.example/hooks#x", false)).get().asString().contains("fragment");
        assertThat(EndpointUrl.problem("ftp://minato.example/hooks", false)).contains("must be an https URL");
        assertThat(EndpointUrl.problem("https://minato.example/" + "a".repeat(2000), false)).get().asString().contains("at most");
        assertThat(EndpointUrl.problem("https://minato example/", false)).contains("is not a valid URL");
    }
}
