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
 * The work console in a real browser: a partner NPO publishes an event through the API, city staff
 * moderate it in the console, a resident signs up, staff take a phone sign-up at the desk and check people
 * in at the door on a tablet, and the roster shows it all. Every page is checked with axe-core and kept as
 * a screenshot.
 */
@ExtendWith(RunningStack.class)
class ConsoleInBrowserIT {

    static final String STAFF = "staff@kizuna.example";
    static final String STAFF_PASSWORD = "chiiki-zukuri-ka-desk";

    final String site = RunningStack.stack().settings().gatewayUrl();

    @Test
    void aPartnersEventIsModeratedByStaffAndItsPeopleAreCheckedInAtTheDoor() {
        String title = "湊の浜 そうじ会 " + System.nanoTime() % 100_000;
        String eventId = aPartnersEventAwaitingModeration(title);

        try (Chromium browser = Chromium.open(site, "console")) {
            browser.go("/");
            PortalInBrowserIT.signIn(browser, STAFF, STAFF_PASSWORD);
            browser.click(By.cssSelector(".site-nav a[href='/console']"));
            assertThat(browser.text(By.cssSelector("#moderation-title + p"))).contains("件");
            browser.checkPage("dashboard");

            browser.click(By.cssSelector("a[href='/console/moderation']"));
            assertThat(browser.text(By.id("moderate-" + eventId))).contains(title, "みんなと湊まちづくりネットワーク");
            browser.checkPage("moderation");
            browser.click(By.cssSelector("#moderate-" + eventId + " form[action$='/approval'] button"));
            assertThat(browser.text(By.cssSelector("main .notice--ok"))).contains(title).contains("公開しました");
            assertThat(RunningStack.gateway().get("/api/events/" + eventId, null).json().get("status").asString())
                    .isEqualTo("PUBLISHED");

            ApiClient.Response hanako = RunningStack.gateway().post("/api/events/" + eventId + "/registrations",
                    RunningStack.personToken("hanako@kizuna.example", "aoi-sora-no-shita"),
                    "{\"registrant\": {\"name\": \"会津 花子\"}}");
            assertThat(hanako.status()).as(hanako.body()).isEqualTo(201);

            browser.go("/console/events/" + eventId);
            browser.type(By.id("desk-name"), "北会津 ハル").type(By.id("desk-phone"), "0242-00-1234")
                    .click(By.cssSelector("#desk-sign-up form button[type=submit]"));
            assertThat(browser.text(By.cssSelector("#desk-sign-up .notice--ok"))).contains("北会津 ハル");
            assertThat(browser.text(By.cssSelector("table.data"))).contains("会津 花子", "ウェブ", "北会津 ハル", "電話");
            browser.checkPage("roster");

            browser.resize(Chromium.TABLET).go("/console/events/" + eventId + "/check-in").checkPage("door");
            browser.click(doorButton("会津 花子"));
            assertThat(browser.text(By.cssSelector(".notice--ok"))).contains("受付しました");
            assertThat(browser.text(By.cssSelector(".door-counts"))).contains("1 / 2 名 受付済み");
            assertThat(browser.find(doorButton("会津 花子")).getAttribute("aria-pressed"))
                    .isEqualTo("true");
            browser.checkPage("door-after-check-in");
            assertThat(RunningStack.gateway().get("/api/events/" + eventId + "/attendance", RunningStack.token("city-staff"))
                    .json().get("checkedIn").asInt()).isEqualTo(1);
        }
    }

    @Test
    void aResidentIsNotShownTheConsole() {
        try (Chromium browser = Chromium.open(site, "console-resident")) {
            browser.go("/");
            PortalInBrowserIT.signIn(browser, "taro@kizuna.example", "kita-no-yuki-michi");
            assertThat(browser.all(By.cssSelector(".site-nav a[href='/console']"))).isEmpty();
            browser.go("/console");
            assertThat(browser.text(By.tagName("h1"))).isNotEqualTo("業務");
            browser.checkPage("console-refused");
        }
    }

    /** The door's button for one person: its name is the visible name (WCAG 2.5.3), whatever its state. */
    static By doorButton(String name) {
        return By.xpath("//ul[contains(@class, 'door-list')]//button[span[@lang='ja' and normalize-space() = '" + name + "']]");
    }

    /**
     * Today's event, begun at midnight (people are checked in from an event's start; sign-ups stay open to
     * the end of the day), from the partner of みんなと湊, whom the city does not trust yet: it waits for
     * moderation.
     */
    static String aPartnersEventAwaitingModeration(String title) {
        ApiClient gateway = RunningStack.gateway();
        String partner = RunningStack.personToken("partner.minato@kizuna.example", "minna-to-tsunagu-umi");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        ApiClient.Response[] draft = new ApiClient.Response[1];
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            draft[0] = gateway.post("/api/events", partner, """
                    {"organizerId": "minato", "details": {"title": "%s", "kind": "CLEANUP", "venue": {"name": "湊公民館"},
                     "schedule": {"date": "%s", "startTime": "00:00", "endTime": "23:59"}, "capacity": 30,
                     "registration": {"deadline": "%s"}}}""".formatted(title, today, today));
            return draft[0].status() != 503;
        });
        assertThat(draft[0].status()).as(draft[0].body()).isEqualTo(201);
        String id = draft[0].json().get("id").asString();
        ApiClient.Response submitted = gateway.send("POST", "/api/events/" + id + "/publication", partner, null, null,
                draft[0].header("ETag").orElseThrow());
        assertThat(submitted.json().get("status").asString()).as(submitted.body()).isEqualTo("AWAITING_MODERATION");
        return id;
    }
}
