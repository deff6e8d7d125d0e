package jp.kizuna.e2e.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import jp.kizuna.e2e.RunningStack;
import jp.kizuna.platform.testing.ApiClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The residents' portal in a real browser (Debian's Chromium), against the whole platform: signing in at
 * the issuer, the calendar, an event and its series, signing up, My page, the register's search, the
 * English switch — every page checked with axe-core (no serious or critical WCAG 2.1 AA violation) and kept
 * as a screenshot, on a desktop and on a 360 px phone.
 */
@ExtendWith(RunningStack.class)
class PortalInBrowserIT {

    static final String HANAKO = "hanako@kizuna.example";
    static final String HANAKO_PASSWORD = "aoi-sora-no-shita";

    final String site = RunningStack.stack().settings().gatewayUrl();

    static void signIn(Chromium browser, String email, String password) {
        browser.click(By.cssSelector("a[href$='/oauth2/authorization/kizuna']"));
        browser.find(By.id("email"));
        browser.checkPage("issuer-sign-in");
        browser.type(By.id("email"), email).type(By.id("password"), password)
                .click(By.cssSelector("form[action='/login'] button[type=submit]"));
        browser.find(By.cssSelector("form[action='/logout']"));
    }

    @Test
    void aResidentFindsTheIkkiWorkshopInTheCalendarSignsUpForTheSeriesAndCancelsOnMyPage() {
        try (Chromium browser = Chromium.open(site, "resident")) {
            browser.go("/").checkPage("home");
            signIn(browser, HANAKO, HANAKO_PASSWORD);
            assertThat(browser.text(By.cssSelector(".signed-in-as"))).contains("会津 花子");

            browser.click(By.cssSelector(".site-nav a[href='/events']")).checkPage("events");
            browser.click(By.cssSelector("a[href^='/events/calendar']")).checkPage("calendar");
            browser.type(By.id("month"), "2024-06").click(By.cssSelector("form[action='/events/calendar'] button"));
            assertThat(browser.find(By.tagName("h1")).getText()).contains("令和6年6月");
            browser.checkPage("calendar-june-2024");
            browser.click(By.linkText("一箕地区まちづくりワークショップ 第1回"));

            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("一箕地区まちづくりワークショップ 第1回");
            assertThat(browser.all(By.cssSelector("#series-title + p + ol li"))).hasSize(5);
            assertThat(browser.text(By.cssSelector("dl.facts"))).contains("令和6年6月21日(金) 18:30〜20:00", "一箕公民館");
            browser.checkPage("event-ikki-workshop");
            browser.click(By.id("eligibilityDeclared"))
                    .click(By.cssSelector("#sign-up form button[type=submit]"));

            assertThat(browser.text(By.cssSelector("#sign-up .notice--ok"))).contains("第5回").contains("確定");
            browser.checkPage("signed-up-for-the-series");

            browser.click(By.cssSelector(".site-nav a[href='/my']"));
            assertThat(browser.text(By.cssSelector("table.data"))).contains("一箕地区まちづくりワークショップ 第5回", "確定");
            browser.checkPage("my-page");
            browser.click(By.cssSelector("table.data form button"));
            assertThat(browser.text(By.cssSelector(".notice--ok"))).contains("取り消しました");
            assertThat(browser.text(By.cssSelector("table.data"))).contains("取り消し済み");
            browser.checkPage("my-page-after-cancelling");
        }
    }

    @Test
    void aFullEventWaitlistsTheResidentAndShowsThePosition() {
        String eventId = fullEvent();
        try (Chromium browser = Chromium.open(site, "waitlist")) {
            browser.go("/events/" + eventId);
            assertThat(browser.text(By.cssSelector("main"))).contains("満員");
            signIn(browser, HANAKO, HANAKO_PASSWORD);
            browser.go("/events/" + eventId).click(By.cssSelector("#sign-up form button[type=submit]"));

            assertThat(browser.text(By.cssSelector("#sign-up .notice--ok"))).contains("キャンセル待ち").contains("1番目");
            browser.checkPage("waitlisted");
        }
    }

    @Test
    void searchingTheRegisterForミナトFinds湊sOrganization() {
        try (Chromium browser = Chromium.open(site, "register")) {
            browser.go("/organizations").checkPage("organizations");
            browser.type(By.id("q"), "ミナト").click(By.cssSelector("form[role=search] button[type=submit]"));

            assertThat(browser.text(By.cssSelector("main"))).contains("みんなと湊まちづくりネットワーク");
            browser.checkPage("organizations-search-minato");
            browser.click(By.partialLinkText("みんなと湊まちづくりネットワーク"));
            assertThat(browser.text(By.cssSelector("main"))).contains("ステップ4", "集落支援員");
            browser.checkPage("organization-minato");
            browser.go("/kpi").checkPage("kpi");
            browser.go("/open-data").checkPage("open-data");
            browser.go("/no-such-page").checkPage("not-found");
        }
    }

    @Test
    void theEnglishSwitchTurnsThePortalIntoEnglishAndAPhoneGetsTheSamePages() {
        try (Chromium browser = Chromium.open(site, "english")) {
            browser.go("/events/ikki-workshop-2024-1").click(By.cssSelector("a[hreflang=en]"));

            assertThat(browser.language()).isEqualTo("en");
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Ikki District Community Planning Workshop, session 1");
            assertThat(browser.text(By.cssSelector("dl.facts"))).contains("Fri 21 June 2024, 18:30–20:00");
            browser.checkPage("event-in-english");
            browser.go("/").checkPage("home-in-english");
            assertThat(browser.text(By.tagName("h1"))).isEqualTo("Aizuwakamatsu community portal");

            browser.resize(Chromium.PHONE).click(By.cssSelector("a[hreflang=ja]"));
            assertThat(browser.language()).isEqualTo("ja");
            browser.checkPage("phone-home");
            browser.go("/events/calendar?month=2024-06").checkPage("phone-calendar");
            browser.go("/events/ikki-workshop-2024-1").checkPage("phone-event");
            browser.go("/organizations/minato").checkPage("phone-organization");
            browser.go("/kpi").checkPage("phone-kpi");
        }
    }

    /** A city event for tomorrow with one seat, taken by someone else through the API. */
    String fullEvent() {
        ApiClient gateway = RunningStack.gateway();
        String city = RunningStack.token("city-staff");
        LocalDate tomorrow = LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(1);
        ApiClient.Response[] draft = new ApiClient.Response[1];
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            draft[0] = gateway.post("/api/events", city, """
                    {"details": {"title": "ひとり限定 そば打ち体験", "kind": "CLASS", "venue": {"name": "北会津公民館"},
                     "schedule": {"date": "%s", "startTime": "10:00", "endTime": "12:00"}, "capacity": 1,
                     "registration": {"deadline": "%s"}}}""".formatted(tomorrow, tomorrow));
            return draft[0].status() != 503;
        });
        assertThat(draft[0].status()).as(draft[0].body()).isEqualTo(201);
        String id = draft[0].json().get("id").asString();
        ApiClient.Response published = gateway.send("POST", "/api/events/" + id + "/publication", city, null, null,
                draft[0].header("ETag").orElseThrow());
        assertThat(published.json().get("status").asString()).isEqualTo("PUBLISHED");
        ApiClient.Response taken = gateway.post("/api/events/" + id + "/registrations",
                RunningStack.personToken("taro@kizuna.example", "kita-no-yuki-michi"), "{\"registrant\": {\"name\": \"若松 太郎\"}}");
        assertThat(taken.json().get("status").asString()).isEqualTo("CONFIRMED");
        return id;
    }
}
