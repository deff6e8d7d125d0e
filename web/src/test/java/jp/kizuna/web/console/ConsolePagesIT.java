package jp.kizuna.web.console;

import static jp.kizuna.web.support.FakePublicApi.Answer.json;
import static jp.kizuna.web.support.FakePublicApi.Answer.problem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import jp.kizuna.web.support.Browser.Page;
import jp.kizuna.web.support.FakeIssuer;
import jp.kizuna.web.support.FakePublicApi;
import jp.kizuna.web.support.FakePublicApi.Call;
import jp.kizuna.web.support.Fixtures;
import jp.kizuna.web.support.PortalAgainstFakeApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The console in front of a fake API: only staff and officers reach it; every decision names the version it
 * read; a refusal is told in place and the desk form keeps what was typed; the door checks people in.
 */
class ConsolePagesIT extends PortalAgainstFakeApi {

    static final FakeIssuer.Person STAFF = new FakeIssuer.Person("staff-suzuki", "鈴木 誠（地域づくり課）", List.of("city-staff"));
    static final String WORKSHOP = Fixtures.json("events/ikki-workshop-2024-1.json");
    static final String CONFIRMED = Fixtures.json("events/registration-confirmed.json");

    @BeforeEach
    void aWorkshopAtTheDesk() {
        API.on("GET", "/api/events/ikki-workshop-2024-1", json(WORKSHOP).withHeader("ETag", "\"7\""));
        API.on("GET", "/api/events/moderation", json("[" + WORKSHOP + "]"));
        API.on("GET", "/api/events", json(Fixtures.page(WORKSHOP)));
        API.on("GET", "/api/events/ikki-workshop-2024-1/registrations", json(Fixtures.page(CONFIRMED)));
        API.on("GET", "/api/events/ikki-workshop-2024-1/attendance", json("""
                {"eventId": "ikki-workshop-2024-1", "participants": 0, "checkedIn": 0, "walkIns": 0, "groupCount": 0,
                 "groupParticipants": 0, "groups": [], "checkIns": []}"""));
    }

    @Test
    void aResidentIsRefusedTheConsole() {
        Page console = browser.signIn(ISSUER, HANAKO, "/console");

        assertThat(console.status()).isEqualTo(403);
        assertThat(console.mainText()).contains("権限がないか");
        assertThat(API.calls("GET", "/api/events/moderation")).isEmpty();
    }

    @Test
    void staffSeeWhatNeedsDoingWithTheComingWeeksEvents() {
        Page console = browser.signIn(ISSUER, STAFF, "/console");

        assertThat(console.status()).isEqualTo(200);
        assertThat(console.document().select("#moderation-title + p").text()).isEqualTo("審査待ちが 1 件あります。");
        assertThat(console.document().select("table.data tbody tr").text()).contains("一箕地区まちづくりワークショップ 第1回");
        // the coming week's events and the held ones are read at the same time: the first read from today on
        Call coming = API.calls("GET", "/api/events").stream().filter(call -> "2024-06-10".equals(call.query("from")))
                .findFirst().orElseThrow(() -> new AssertionError("no read of the events from today: " + API.calls()));
        assertThat(coming.query("to")).isEqualTo("2024-06-17");
        assertThat(coming.query("organizerId")).isNull();
        assertThat(coming.header("Authorization")).isEqualTo("Bearer " + ISSUER.lastIssuedTo(STAFF).accessToken());
    }

    @Test
    void anApprovalNamesTheVersionItReadAndAChangeMeanwhileIsToldInPlace() {
        Page queue = browser.signIn(ISSUER, STAFF, "/console/moderation");
        API.on("POST", "/api/events/ikki-workshop-2024-1/moderation/approval",
                problem(412, "precondition-failed", "The event is at version 8, not 7."));

        Page after = browser.followed(browser.submit(queue, "#moderate-ikki-workshop-2024-1 form[action$=/approval]", Map.of()));

        assertThat(API.lastCall("POST", "/api/events/ikki-workshop-2024-1/moderation/approval").header("If-Match"))
                .isEqualTo("\"7\"");
        assertThat(after.uri().getPath()).isEqualTo("/console/moderation");
        assertThat(after.document().select("main [role=alert] p").first().text())
                .isEqualTo("ほかの人が先に変更しました。最新の内容を確かめてから、もう一度お試しください。");
    }

    @Test
    void aReturnNeedsAReasonAndKeepsItWhenRefused() {
        Page queue = browser.signIn(ISSUER, STAFF, "/console/moderation");
        API.on("POST", "/api/events/ikki-workshop-2024-1/moderation/rejection",
                problem(400, "validation-failed", "reason: must not be blank"));

        Page after = browser.followed(browser.submit(queue, "#moderate-ikki-workshop-2024-1 form[action$=/rejection]",
                Map.of("reason", "会場の住所を")));

        assertThat(after.document().select("#reason-ikki-workshop-2024-1").text()).isEqualTo("会場の住所を");
        assertThat(after.document().select("main [role=alert]").text()).contains("入力内容に誤りがあります");
    }

    @Test
    void aPhoneSignUpThatLooksLikeADuplicateKeepsWhatWasTypedAndOffersToTakeItAnyway() {
        Page roster = browser.signIn(ISSUER, STAFF, "/console/events/ikki-workshop-2024-1");
        assertThat(roster.document().select("table.data tbody tr").text()).contains("会津 花子", "ウェブ", "確定");
        API.on("POST", "/api/events/ikki-workshop-2024-1/registrations",
                problem(409, "conflict", "An active registration has this name and phone.", Map.of("reason", "duplicate-entry")));

        Page refused = browser.submit(roster, "#desk-sign-up form", Map.of("name", "会津 花子", "phone", "0242-00-0000",
                "channel", "PAPER"));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.document().select("#desk-name").val()).isEqualTo("会津 花子");
        assertThat(refused.document().select("#desk-phone").val()).isEqualTo("0242-00-0000");
        assertThat(refused.document().select("#channel-paper").hasAttr("checked")).isTrue();
        assertThat(refused.document().select("#desk-duplicate")).hasSize(1);
        Call sent = API.lastCall("POST", "/api/events/ikki-workshop-2024-1/registrations");
        assertThat(sent.body()).contains("\"channel\":\"PAPER\"", "\"allowDuplicate\":false", "\"phone\":\"0242-00-0000\"");
    }

    @Test
    void theDoorChecksAPersonInAndComesBackToThem() {
        Page door = browser.signIn(ISSUER, STAFF, "/console/events/ikki-workshop-2024-1/check-in");
        assertThat(door.document().select(".door-list button").attr("aria-pressed")).isEqualTo("false");
        API.on("POST", "/api/events/ikki-workshop-2024-1/attendance/check-ins", FakePublicApi.Answer.json("""
                {"eventId": "ikki-workshop-2024-1", "participants": 1, "checkedIn": 1, "walkIns": 0, "groupCount": 0,
                 "groupParticipants": 0, "groups": [], "checkIns": [{"registrationId": "reg-1", "name": "会津 花子"}]}"""));

        Page answer = browser.submit(door, "#person-reg-1 form", Map.of());

        assertThat(answer.status()).isEqualTo(302);
        assertThat(answer.location()).endsWith("/console/events/ikki-workshop-2024-1/check-in?page=0#person-reg-1");
        assertThat(API.lastCall("POST", "/api/events/ikki-workshop-2024-1/attendance/check-ins").body())
                .contains("\"registrationId\":\"reg-1\"");
    }

    @Test
    void anApprovalSaysWhatWasPublished() {
        Page queue = browser.signIn(ISSUER, STAFF, "/console/moderation");
        API.on("POST", "/api/events/ikki-workshop-2024-1/moderation/approval", json(WORKSHOP));

        Page after = browser.followed(browser.submit(queue, "#moderate-ikki-workshop-2024-1 form[action$=/approval]", Map.of()));

        assertThat(after.document().select("main [role=status]").text())
                .isEqualTo("一箕地区まちづくりワークショップ 第1回 を公開しました。");
    }

    @Test
    void theDoorFindsAPersonByNameAmongTheConfirmed() {
        Page door = browser.signIn(ISSUER, STAFF, "/console/events/ikki-workshop-2024-1/check-in?name=%E3%83%8F%E3%83%8A%E3%82%B3");

        Call asked = API.lastCall("GET", "/api/events/ikki-workshop-2024-1/registrations");
        assertThat(asked.query("q")).isEqualTo("ハナコ");
        assertThat(asked.query("status")).isEqualTo("CONFIRMED");
        assertThat(door.document().select("#name").val()).isEqualTo("ハナコ");
        assertThat(door.document().select(".door-list li")).hasSize(1);
    }

    @Test
    void anAddressThatNamesNoEventIsThePortalsNotFoundPage() {
        Page door = browser.signIn(ISSUER, STAFF, "/console/events/%7Bnot-an-id%7D/check-in");

        assertThat(door.status()).isEqualTo(404);
        assertThat(API.calls("GET", "/api/events/{not-an-id}/registrations")).isEmpty();
    }

    @Test
    void aCheckInForARegistrationThatIsNoIdIsRefusedWithoutAnApiCall() {
        Page door = browser.signIn(ISSUER, STAFF, "/console/events/ikki-workshop-2024-1/check-in");

        Page answer = browser.submit(door, "#person-reg-1 form", Map.of("registrationId", ".."));

        assertThat(answer.status()).isEqualTo(404);
        assertThat(API.calls("POST", "/api/events/ikki-workshop-2024-1/attendance/check-ins")).isEmpty();
        assertThat(API.calls("DELETE", "/api/events/ikki-workshop-2024-1/attendance/check-ins/..")).isEmpty();
    }

    @Test
    void theDashboardStillShowsWhenTheRegistersItemCannotBeReadInTime() {
        API.on("GET", "/api/registry/membership-reports", FakePublicApi.Answer.hangUp());

        Page console = browser.signIn(ISSUER, STAFF, "/console");

        assertThat(console.status()).isEqualTo(200);
        assertThat(console.document().select("#register-desk p").first().text()).startsWith("いまは報告の状況を読み込めません。");
        assertThat(console.document().select("#coming-title")).hasSize(1);
    }

    @Test
    void theModerationQueueShowsTheRestWhenOneEventLeftItBetweenTheListAndItsRead() {
        String gone = WORKSHOP.replace("\"id\": \"ikki-workshop-2024-1\"", "\"id\": \"withdrawn-event\"");
        API.on("GET", "/api/events/moderation", json("[" + gone + "," + WORKSHOP + "]"));

        Page queue = browser.signIn(ISSUER, STAFF, "/console/moderation");

        assertThat(queue.status()).isEqualTo(200);
        assertThat(API.calls("GET", "/api/events/withdrawn-event")).hasSize(1);
        assertThat(queue.document().select("article[id^=moderate-]").eachAttr("id")).containsExactly("moderate-ikki-workshop-2024-1");
    }

    @Test
    void aDeskSignUpIsRedirectedAfterItsPostSoThatAReloadTakesNoSecondOne() {
        Page roster = browser.signIn(ISSUER, STAFF, "/console/events/ikki-workshop-2024-1");
        API.on("POST", "/api/events/ikki-workshop-2024-1/registrations", FakePublicApi.Answer.created(
                CONFIRMED.replace("会津 花子", "北会津 ハル")));

        Page answer = browser.submit(roster, "#desk-sign-up form", Map.of("name", "北会津 ハル", "channel", "PHONE",
                "eligibilityDeclared", "true"));

        assertThat(answer.status()).isEqualTo(302);
        assertThat(answer.location()).endsWith("/console/events/ikki-workshop-2024-1#desk-sign-up");
        Page shown = browser.followed(answer);
        assertThat(shown.document().select("#desk-sign-up [role=status]").text()).isEqualTo("北会津 ハル さんの申し込みが確定しました。");
        assertThat(shown.document().select("#desk-name").val()).isEmpty();
        Page reloaded = browser.get("/console/events/ikki-workshop-2024-1");
        assertThat(reloaded.document().select("#desk-sign-up [role=status]")).isEmpty();
        assertThat(API.calls("POST", "/api/events/ikki-workshop-2024-1/registrations")).hasSize(1);
    }

    @Test
    void theDeskFormsErrorsAreLinkedFromTheSummaryAndDescribeTheirFields() {
        Page roster = browser.signIn(ISSUER, STAFF, "/console/events/ikki-workshop-2024-1");
        API.on("POST", "/api/events/ikki-workshop-2024-1/registrations", problem(400, "validation-failed", "2 fields are invalid.",
                Map.of("errors", List.of(Map.of("field", "registrant.phone", "message", "must be a telephone number"),
                        Map.of("field", "eligibilityDeclared", "message", "the eligibility must be declared")))));

        Page refused = browser.submit(roster, "#desk-sign-up form", Map.of("name", "北会津 ハル", "phone", "電話", "channel", "PHONE"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.document().select("#desk-problem a").eachAttr("href")).containsExactly("#desk-phone", "#desk-eligibility");
        assertThat(refused.document().select("#desk-phone").attr("aria-describedby")).isEqualTo("desk-phone-error");
        assertThat(refused.document().select("#desk-phone").attr("aria-invalid")).isEqualTo("true");
        assertThat(refused.document().select("#desk-phone-error").text()).contains("must be a telephone number");
        assertThat(refused.document().select("#desk-eligibility").attr("aria-describedby")).isEqualTo("desk-eligibility-error");
        assertThat(refused.document().select("#desk-name").hasAttr("aria-describedby")).isFalse();
        assertThat(refused.document().select("#desk-phone").val()).isEqualTo("電話");
    }

    @Test
    void aDoorButtonsAccessibleNameBeginsWithItsVisibleText() {
        Page door = browser.signIn(ISSUER, STAFF, "/console/events/ikki-workshop-2024-1/check-in");

        var button = door.document().selectFirst(".door-list button");
        assertThat(button.hasAttr("aria-label")).isFalse();
        // no aria-label: the name is the button's text, the visible name and state first, then the hidden hint
        assertThat(button.text()).startsWith("会津 花子 未受付").contains("押すと受付します");
        assertThat(button.select(".visually-hidden").text()).isEqualTo("（押すと受付します）");
    }
}
