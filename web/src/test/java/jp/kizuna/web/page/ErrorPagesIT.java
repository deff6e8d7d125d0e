package jp.kizuna.web.page;

import static jp.kizuna.web.support.FakePublicApi.Answer.json;
import static jp.kizuna.web.support.FakePublicApi.Answer.problem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import jp.kizuna.web.support.Browser.Page;
import jp.kizuna.web.support.FakePublicApi.Answer;
import jp.kizuna.web.support.PortalAgainstFakeApi;
import org.junit.jupiter.api.Test;

class ErrorPagesIT extends PortalAgainstFakeApi {

    @Test
    void answersAnAddressItDoesNotHaveWithItsOwn404Page() {
        Page missing = browser.open("/no/such/page");

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.document().select("h1").text()).isEqualTo("ページが見つかりません");
        assertThat(missing.document().select("main a[href=/]")).isNotEmpty();
        assertNoTrace(missing);
    }

    @Test
    void answersTheErrorAddressAskedForDirectlyAsAPageItDoesNotHave() throws Exception {
        Page error = browser.open("/error");

        assertThat(error.status()).isEqualTo(404);
        assertThat(error.document().select("h1").text()).isEqualTo("ページが見つかりません");

        java.net.http.HttpResponse<String> json = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/error"))
                        .header("Accept", "application/json").build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(json.statusCode()).isEqualTo(404);
        assertThat(json.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json.body()).contains("\"status\":404").doesNotContain("timestamp");
    }

    @Test
    void saysTheServiceIsUnavailableWhenTheApiDoesNotAnswer() {
        API.on("GET", "/api/kpi/indicators", Answer.hangUp());

        Page kpi = browser.open("/kpi");

        assertThat(kpi.status()).isEqualTo(503);
        assertThat(kpi.document().select("[role=alert]").text())
                .isEqualTo("ただいまサービスを利用できません。時間をおいてもう一度お試しください。");
        assertNoTrace(kpi);
    }

    @Test
    void saysTheServiceIsUnavailableWhenTheApisAnswerIsCutOff() {
        API.on("GET", "/api/kpi/indicators", Answer.text(200, "application/json", "[{\"code\": \"membership-"));

        Page kpi = browser.open("/kpi");

        assertThat(kpi.status()).isEqualTo(503);
        assertThat(kpi.document().select("[role=alert]").text())
                .isEqualTo("ただいまサービスを利用できません。時間をおいてもう一度お試しください。");
        assertNoTrace(kpi);
    }

    @Test
    void saysTheServiceIsUnavailableWhenTheApiFailsAndKeepsItsDetailToItself() {
        API.on("GET", "/api/kpi/indicators", problem(500, "internal-error",
                "Unexpected error at jp.kizuna.kpi.IndicatorService.live(IndicatorService.java:88); reference 5f2c1a9e",
                Map.of("reference", "5f2c1a9e")));

        Page kpi = browser.open("/kpi");

        assertThat(kpi.status()).isEqualTo(503);
        assertThat(kpi.document().select("[role=alert]").text())
                .isEqualTo("ただいまサービスを利用できません。時間をおいてもう一度お試しください。");
        assertThat(kpi.body()).doesNotContain("IndicatorService", "5f2c1a9e");
        assertNoTrace(kpi);
    }

    @Test
    void saysTheServiceIsBusyWhenTheGatewayLimitsTheCalls() {
        API.on("GET", "/api/kpi/indicators", problem(429, "rate-limited", "Too many requests; retry after 10 s."));

        Page kpi = browser.open("/kpi");

        assertThat(kpi.status()).isEqualTo(429);
        assertThat(kpi.document().select("[role=alert] p").first().text())
                .isEqualTo("短い時間にたくさんの操作がありました。少し待ってからもう一度お試しください。");
    }

    @Test
    void showsItsOwn500PageWithAReferenceWhenItCannotReadTheApisAnswer() {
        API.on("GET", "/api/kpi/indicators", json("<html>not the API</html>"));

        Page kpi = browser.open("/kpi");

        assertThat(kpi.status()).isEqualTo(500);
        assertThat(kpi.document().select("h1").text()).isEqualTo("問題が発生しました");
        assertThat(kpi.mainText()).containsPattern("参照番号 [0-9a-f]{8} をお伝えください");
        assertNoTrace(kpi);
    }

    @Test
    void readsAPageNumberItCannotUseAsTheFirstPage() {
        API.on("GET", "/api/events", json(jp.kizuna.web.support.Fixtures.emptyPage()));

        Page list = browser.open("/events?page=%F0%9F%98%80");

        assertThat(list.status()).isEqualTo(200);
        assertThat(API.lastCall("GET", "/api/events").query("page")).isEqualTo("0");
    }

    @Test
    void refusesAMalformedParameterWithItsOwnPage() {
        Page list = browser.open("/events?seats=maybe");

        assertThat(list.status()).isEqualTo(400);
        assertThat(list.document().select("[role=alert]").text()).isEqualTo("ページのアドレスまたは入力内容を読み取れませんでした。");
        assertNoTrace(list);
    }

    private static void assertNoTrace(Page page) {
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.body()).doesNotContain("Exception", "at org.springframework", "Whitelabel", "urn:kizuna:problem",
                "\"status\"");
    }
}
