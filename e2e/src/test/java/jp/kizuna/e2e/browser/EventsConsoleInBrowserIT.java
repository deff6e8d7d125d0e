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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

/**
 * The events console in a real browser, the whole way an event goes: a partner officer of みんなと湊 (a partner the
 * city does not trust yet) drafts an event in the console and publishes it, which sends it to moderation; city
 * staff approve it; a resident signs up on the portal; staff check her in at the door on a tablet, with the
 * keyboard, and mark the event held; the KPI service counts her in the participation of the fiscal year (it takes
 * the attendance from Kafka, so the test waits for it with a deadline), and the evaluation sheet shows it. Every
 * console page is checked with axe-core and kept as a screenshot.
 */
@ExtendWith(RunningStack.class)
class EventsConsoleInBrowserIT {

    static final Duration PROPAGATION = Duration.ofSeconds(60);
    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    final String site = RunningStack.stack().settings().gatewayUrl();

    @Test
    void aPartnersEventDraftedInTheConsoleIsModeratedFilledCheckedInFinishedAndCounted() {
        String title = "湊の浜 朝そうじ " + System.nanoTime() % 100_000;
        // today's event, over a minute after midnight: sign-ups stay open to the end of its deadline day (today),
        // people are checked in from its start, and it can be marked held once it has ended
        LocalDate today = LocalDate.now(TOKYO);
        int fiscalYear = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
        int before = minatoParticipants(fiscalYear);
        String eventId;

        try (Chromium partner = Chromium.open(site, "events-console-partner")) {
            partner.go("/");
            PortalInBrowserIT.signIn(partner, "partner.minato@kizuna.example", "minna-to-tsunagu-umi");
            partner.click(By.cssSelector(".site-nav a[href='/console']"));
            partner.find(By.id("events-desk"));
            partner.click(By.cssSelector("#events-desk a[href='/console/events/new']"));
            partner.checkPage("event-new");
            assertThat(partner.tabStops()).as("every field of the form is reached with the keyboard").isGreaterThan(40);
            partner.type(By.id("title"), title).type(By.id("venueName"), "湊公民館").type(By.id("capacity"), "30");
            partner.find(By.cssSelector("#kind option[value=CLEANUP]")).click();
            setValue(partner, "date", today.toString());
            setValue(partner, "startTime", "00:00");
            setValue(partner, "endTime", "00:01");
            setValue(partner, "deadline", today.toString());
            partner.click(By.cssSelector("form[action='/console/events/new'] button[type=submit]"));

            assertThat(partner.text(By.id("saved"))).contains("下書きを保存しました");
            assertThat(partner.text(By.cssSelector("#event-state .tag"))).isEqualTo("下書き");
            eventId = partner.url().replaceAll(".*/console/events/([^/]+)/edit.*", "$1");
            partner.checkPage("event-draft");
            // publish with the keyboard: the button takes the focus and Enter presses it
            WebElement publish = partner.find(By.cssSelector("#publish button"));
            publish.sendKeys(Keys.ENTER);
            // the draft's page (with its own "saved" notice) is gone before the next page's notice is read
            new WebDriverWait(partner.driver(), Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(publish));
            assertThat(partner.text(By.id("saved"))).contains("審査待ち");
            assertThat(partner.text(By.id("moderation-state"))).contains("市の審査待ちです");
            partner.checkPage("event-awaiting-moderation");

            // latest first, and by the title's words: the seed's events of みんなと湊 lie years before today's
            partner.go("/console/events?order=desc&q=" + title.split(" ")[1]);
            assertThat(partner.text(By.id("event-" + eventId))).contains(title, "審査待ち");
            partner.checkPage("events-list-partner");
        }
        assertThat(RunningStack.gateway().get("/api/events/" + eventId, RunningStack.token("city-staff")).json()
                .get("status").asString()).isEqualTo("AWAITING_MODERATION");

        try (Chromium staff = Chromium.open(site, "events-console-staff")) {
            staff.go("/");
            PortalInBrowserIT.signIn(staff, ConsoleInBrowserIT.STAFF, ConsoleInBrowserIT.STAFF_PASSWORD);
            staff.go("/console/moderation");
            staff.click(By.cssSelector("#moderate-" + eventId + " form[action$='/approval'] button"));
            assertThat(staff.text(By.cssSelector("main .notice--ok"))).contains(title).contains("公開しました");

            try (Chromium resident = Chromium.open(site, "events-console-resident")) {
                resident.go("/");
                PortalInBrowserIT.signIn(resident, PortalInBrowserIT.HANAKO, PortalInBrowserIT.HANAKO_PASSWORD);
                resident.go("/events/" + eventId).click(By.cssSelector("#sign-up form button[type=submit]"));
                assertThat(resident.text(By.cssSelector("#sign-up .notice--ok"))).contains("確定");
            }

            staff.go("/console/events?status=PUBLISHED&order=desc&q=" + title.split(" ")[1]);
            assertThat(staff.text(By.id("event-" + eventId))).contains(title, "公開中", "1 / 30");
            staff.checkPage("events-list-staff");
            staff.go("/console/events/publishers").checkPage("publishers");
            staff.go("/console/events/series").checkPage("series");

            staff.resize(Chromium.TABLET).go("/console/events/" + eventId + "/check-in").checkPage("events-door");
            WebElement hanako = staff.find(ConsoleInBrowserIT.doorButton("会津 花子"));
            assertThat(hanako.getAccessibleName()).startsWith("会津 花子 未受付");
            hanako.sendKeys(Keys.SPACE);
            new WebDriverWait(staff.driver(), Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(hanako));
            assertThat(staff.text(By.cssSelector(".notice--ok"))).contains("受付しました");
            assertThat(staff.find(ConsoleInBrowserIT.doorButton("会津 花子")).getAttribute("aria-pressed")).isEqualTo("true");
            staff.checkPage("events-door-after-check-in");

            staff.go("/console/events/" + eventId);
            staff.click(By.cssSelector("form[action$='/completion'] button"));
            assertThat(staff.text(By.cssSelector("main .notice--ok"))).contains("終了を記録しました");
            staff.checkPage("events-finished");
            assertThat(RunningStack.gateway().get("/api/events/" + eventId, null).json().get("status").asString())
                    .isEqualTo("FINISHED");

            // the event's own line counts her; みんなと湊's total moved by at least her (another test's may arrive too)
            await().atMost(PROPAGATION).untilAsserted(() -> assertThat(participantsOf(fiscalYear, eventId)).isEqualTo(1));
            assertThat(minatoParticipants(fiscalYear)).isGreaterThanOrEqualTo(before + 1);
            staff.go("/api/kpi/policy-fields/36/sheet");
            assertThat(staff.text(By.tagName("body"))).contains("イベント参加実績");
            staff.screenshot("evaluation-sheet");

            // on a phone: the list, the form and the event's page lay out in 360 px without scrolling sideways
            staff.resize(Chromium.PHONE).go("/console/events?order=desc").checkPage("events-list-phone");
            staff.go("/console/events/new").checkPage("event-new-phone");
            staff.go("/console/events/" + eventId + "/edit").checkPage("event-finished-phone");
        }
    }

    /** みんなと湊's participants in the fiscal year, as the KPI service counts them from the attendance. */
    static int minatoParticipants(int fiscalYear) {
        JsonNode minato = participation(fiscalYear).get("byOrganizer").get("minato");
        return minato == null ? 0 : minato.get("participants").asInt();
    }

    /** One event's participants as the KPI service counts them; -1 while it has none of its attendance. */
    static int participantsOf(int fiscalYear, String eventId) {
        for (JsonNode event : participation(fiscalYear).get("events")) {
            if (eventId.equals(event.get("eventId").asString())) {
                return event.get("participants").asInt();
            }
        }
        return -1;
    }

    /**
     * The KPI service's participation of the fiscal year; on a busy machine the gateway may answer 503 for a while
     * after the stack started (the service still warming up), so it is asked again until a deadline.
     */
    static JsonNode participation(int fiscalYear) {
        ApiClient.Response[] answer = new ApiClient.Response[1];
        await().atMost(PROPAGATION).pollInterval(Duration.ofSeconds(2)).until(() -> {
            answer[0] = RunningStack.gateway().get("/api/kpi/participation?fiscalYear=" + fiscalYear);
            return answer[0].status() != 503 && answer[0].status() != 504;
        });
        assertThat(answer[0].status()).as(answer[0].body()).isEqualTo(200);
        return answer[0].json();
    }

    /** A date or time input takes its value in the browser's own way of typing it; the value itself is set here. */
    static void setValue(Chromium browser, String id, String value) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];", browser.find(By.id(id)), value);
    }
}
