package jp.kizuna.web.mypage;

import static jp.kizuna.web.support.FakePublicApi.Answer.json;
import static jp.kizuna.web.support.FakePublicApi.Answer.problem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import jp.kizuna.web.support.Browser.Page;
import jp.kizuna.web.support.FakePublicApi.Call;
import jp.kizuna.web.support.Fixtures;
import jp.kizuna.web.support.PortalAgainstFakeApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MyPageIT extends PortalAgainstFakeApi {

    private static final String CONFIRMED = Fixtures.json("events/registration-confirmed.json");

    @BeforeEach
    void hanakosRegistrations() {
        API.on("GET", "/api/events/registrations/mine",
                json(Fixtures.page(CONFIRMED, Fixtures.json("events/registration-waitlisted.json"))));
    }

    @Test
    void isOnlyForASignedInPerson() {
        Page my = browser.get("/my");

        assertThat(my.status()).isEqualTo(302);
        assertThat(my.location()).endsWith("/oauth2/authorization/kizuna");
    }

    @Test
    void listsTheRegistrationsWithTheirWaitingListPositions() {
        Page my = browser.signIn(ISSUER, HANAKO, "/my");

        assertThat(my.uri().getPath()).isEqualTo("/my");
        assertThat(my.document().select("table.data tbody tr")).hasSize(2);
        assertThat(my.document().select("table.data tbody tr").get(0).text()).contains("一箕地区まちづくりワークショップ 第1回", "確定");
        assertThat(my.document().select("table.data tbody tr").get(1).text()).contains("第3回", "キャンセル待ち（3番目）");
        assertThat(my.document().select("a[href$=/account]").attr("href")).isEqualTo(ISSUER.url() + "/account");
        assertThat(API.lastCall("GET", "/api/events/registrations/mine").header("Authorization"))
                .isEqualTo("Bearer " + ISSUER.lastIssuedTo(HANAKO).accessToken());
    }

    @Test
    void cancelsARegistrationNamingTheVersionItSaw() {
        Page my = browser.signIn(ISSUER, HANAKO, "/my");
        API.on("GET", "/api/events/registrations/reg-1", json(CONFIRMED).withHeader("ETag", "\"3\""));
        API.on("POST", "/api/events/registrations/reg-1/cancellation",
                json(CONFIRMED.replace("\"status\": \"CONFIRMED\"", "\"status\": \"CANCELLED\"")));

        Page after = browser.followed(browser.submit(my, "form[action=/my/registrations/reg-1/cancellation]", Map.of()));

        Call cancellation = API.lastCall("POST", "/api/events/registrations/reg-1/cancellation");
        assertThat(cancellation.header("If-Match")).isEqualTo("\"3\"");
        assertThat(after.document().select("main [role=status]").text())
                .isEqualTo("一箕地区まちづくりワークショップ 第1回 の申し込みを取り消しました。");
    }

    @Test
    void saysInPlaceWhenSomeoneChangedTheRegistrationMeanwhile() {
        Page my = browser.signIn(ISSUER, HANAKO, "/my");
        API.on("GET", "/api/events/registrations/reg-1", json(CONFIRMED).withHeader("ETag", "\"3\""));
        API.on("POST", "/api/events/registrations/reg-1/cancellation",
                problem(412, "precondition-failed", "Registration reg-1 is at version 4, not 3."));

        Page after = browser.followed(browser.submit(my, "form[action=/my/registrations/reg-1/cancellation]", Map.of()));

        assertThat(after.uri().getPath()).isEqualTo("/my");
        assertThat(after.document().select("main [role=alert] p").first().text())
                .isEqualTo("ほかの人が先に変更しました。最新の内容を確かめてから、もう一度お試しください。");
    }
}
