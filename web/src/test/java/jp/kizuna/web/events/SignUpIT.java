package jp.kizuna.web.events;

import static jp.kizuna.web.support.FakePublicApi.Answer.created;
import static jp.kizuna.web.support.FakePublicApi.Answer.json;
import static jp.kizuna.web.support.FakePublicApi.Answer.problem;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import jp.kizuna.web.support.Browser.Page;
import jp.kizuna.web.support.FakePublicApi.Call;
import jp.kizuna.web.support.Fixtures;
import jp.kizuna.web.support.PortalAgainstFakeApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SignUpIT extends PortalAgainstFakeApi {

    private static final String EVENT = "/events/ikki-workshop-2024-1";
    private static final String REGISTRATIONS = "/api/events/ikki-workshop-2024-1/registrations";

    @BeforeEach
    void theWorkshop() {
        anIkkiWorkshop();
        API.on("GET", "/api/events/ikki-workshop-2024-3", json(Fixtures.json("events/ikki-workshop-2024-3.json")));
    }

    @Test
    void bringsAVisitorBackToTheFormAfterSigningIn() {
        Page event = browser.open(EVENT);
        String signInFirst = event.document().select("#sign-up a.button").attr("href");

        Page form = browser.signIn(ISSUER, HANAKO, signInFirst);

        assertThat(form.uri().getPath()).isEqualTo(EVENT);
        assertThat(form.document().select("#sign-up form input#name").val()).isEqualTo("会津 花子");
        assertThat(form.document().select(".signed-in-as").text()).isEqualTo("会津 花子 さん");
    }

    @Test
    void signsUpForOneSessionWithThePersonsOwnToken() {
        Page form = browser.signIn(ISSUER, HANAKO, EVENT + "/sign-up");
        API.on("POST", REGISTRATIONS, created(Fixtures.json("events/registration-confirmed.json")));

        Page answer = browser.followed(browser.submit(form, "#sign-up form", Map.of("name", "会津 花子",
                "nameKana", "あいづ はなこ", "eligibilityDeclared", "true", "scope", "session")));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.document().select("#sign-up [role=status]").text()).startsWith("申し込みが確定しました。");
        Call signUp = API.lastCall("POST", REGISTRATIONS);
        assertThat(signUp.header("Authorization")).isEqualTo("Bearer " + ISSUER.lastIssuedTo(HANAKO).accessToken());
        assertThat(signUp.body()).contains("\"name\":\"会津 花子\"", "\"nameKana\":\"あいづ はなこ\"", "\"channel\":\"ONLINE\"",
                "\"eligibilityDeclared\":true").doesNotContain("\"phone\"");
    }

    @Test
    void saysWhichPlaceOnTheWaitingListAFullSessionGave() {
        API.on("GET", "/api/events/ikki-workshop-2024-3", json(Fixtures.json("events/ikki-workshop-2024-3.json")));
        Page form = browser.signIn(ISSUER, HANAKO, "/events/ikki-workshop-2024-3/sign-up");
        API.on("POST", "/api/events/ikki-workshop-2024-3/registrations", created(Fixtures.json("events/registration-waitlisted.json")));

        assertThat(form.document().select("#sign-up form .notice").text()).isEqualTo("定員に達しています。申し込むとキャンセル待ちになります。");
        Page answer = browser.followed(browser.submit(form, "#sign-up form", Map.of("eligibilityDeclared", "true")));

        assertThat(answer.document().select("#sign-up [role=status]").text())
                .startsWith("定員に達しているため、キャンセル待ちとして受け付けました（3番目）。");
    }

    @Test
    void signsUpForTheWholeSeriesAndSaysWhatEachSessionGave() {
        Page form = browser.signIn(ISSUER, HANAKO, EVENT + "/sign-up");
        String confirmed = Fixtures.json("events/registration-confirmed.json");
        String waitlisted = Fixtures.json("events/registration-waitlisted.json");
        API.on("POST", "/api/events/series/ikki-machizukuri-workshop-2024/registrations", json("["
                + "{\"eventId\":\"ikki-workshop-2024-1\",\"session\":1,\"registration\":" + confirmed + ",\"refusal\":null},"
                + "{\"eventId\":\"ikki-workshop-2024-3\",\"session\":3,\"registration\":" + waitlisted + ",\"refusal\":null},"
                + "{\"eventId\":\"ikki-workshop-2024-9\",\"session\":9,\"registration\":null,\"refusal\":\"Cannot sign up: registration closed\"}]"));

        Page answer = browser.followed(browser.submit(form, "#sign-up form", Map.of("eligibilityDeclared", "true", "scope", "series")));

        assertThat(answer.document().select("#sign-up [role=status] li").eachText()).containsExactly(
                "第1回: 確定", "第3回: キャンセル待ち（3番目）", "第9回: 受付していない回です");
        assertThat(API.calls("POST", REGISTRATIONS)).isEmpty();
    }

    @Test
    void showsARefusalInPlaceAndKeepsWhatWasTyped() {
        Page form = browser.signIn(ISSUER, HANAKO, EVENT + "/sign-up");
        API.on("POST", REGISTRATIONS, problem(409, "conflict",
                "You are already registered for 一箕地区まちづくりワークショップ 第1回 (CONFIRMED, registration reg-1).",
                Map.of("reason", "already-registered")));

        Page refused = browser.submit(form, "#sign-up form", Map.of("name", "会津 花子（母の分）", "nameKana", "あいづ",
                "phone", "0242-00-0000", "note", "車いすで伺います", "eligibilityDeclared", "true"));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.document().select("#sign-up-problem[role=alert] p").first().text())
                .isEqualTo("このイベントにはすでに申し込んでいます。マイページで確認できます。");
        assertThat(refused.document().select("input#name").val()).isEqualTo("会津 花子（母の分）");
        assertThat(refused.document().select("input#nameKana").val()).isEqualTo("あいづ");
        assertThat(refused.document().select("input#phone").val()).isEqualTo("0242-00-0000");
        assertThat(refused.document().select("textarea#note").text()).isEqualTo("車いすで伺います");
        assertThat(refused.document().select("input#eligibilityDeclared").hasAttr("checked")).isTrue();
        assertThat(refused.body()).doesNotContain("urn:kizuna:problem");
    }

    @Test
    void saysRegistrationHasClosedWhenTheDeadlinePassedMeanwhile() {
        Page form = browser.signIn(ISSUER, HANAKO, EVENT + "/sign-up");
        API.on("POST", REGISTRATIONS, problem(422, "rule-violated",
                "Cannot sign up: registration closed with the deadline 令和6年6月19日.", Map.of("reason", "registration-closed")));

        Page refused = browser.submit(form, "#sign-up form", Map.of("eligibilityDeclared", "true"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.document().select("#sign-up-problem p").first().text()).isEqualTo("申し込みの受付は終了しました。");
    }

    @Test
    void refusesASignUpWithoutTheFormsCsrfToken() {
        browser.signIn(ISSUER, HANAKO, EVENT + "/sign-up");

        Page forged = browser.post(EVENT + "/sign-up", Map.of("name", "誰か", "eligibilityDeclared", "true"));

        assertThat(forged.status()).isEqualTo(403);
        assertThat(API.calls("POST", REGISTRATIONS)).isEmpty();
    }

    @Test
    void neverSendsASignUpOfAVisitorWhoIsNotSignedIn() {
        Page attempt = browser.post(EVENT + "/sign-up", Map.of("name", "誰か", "eligibilityDeclared", "true"));

        assertThat(attempt.status()).isIn(302, 403);
        assertThat(API.calls("POST", REGISTRATIONS)).isEmpty();
    }

    @Test
    void renewsAnAccessTokenThatHasRunOutBeforeCallingTheApi() {
        ISSUER.accessTokensLast(Duration.ofSeconds(30));
        Page form = browser.signIn(ISSUER, HANAKO, EVENT + "/sign-up");
        String first = ISSUER.lastIssuedTo(HANAKO).accessToken();
        API.on("POST", REGISTRATIONS, created(Fixtures.json("events/registration-confirmed.json")));

        browser.submit(form, "#sign-up form", Map.of("eligibilityDeclared", "true"));

        String renewed = ISSUER.lastIssuedTo(HANAKO).accessToken();
        assertThat(renewed).isNotEqualTo(first);
        assertThat(API.lastCall("POST", REGISTRATIONS).header("Authorization")).isEqualTo("Bearer " + renewed);
    }

    @Test
    void sendsNoTokenForAVisitorsReads() {
        browser.open(EVENT);

        assertThat(API.lastCall("GET", "/api/events/ikki-workshop-2024-1").header("Authorization")).isNull();
    }
}
