package jp.kizuna.web.events;

import static jp.kizuna.web.support.FakePublicApi.Answer.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jp.kizuna.web.support.Browser.Page;
import jp.kizuna.web.support.FakePublicApi.Call;
import jp.kizuna.web.support.Fixtures;
import jp.kizuna.web.support.PortalAgainstFakeApi;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class EventPagesIT extends PortalAgainstFakeApi {

    private static final String IKKI_1 = Fixtures.json("events/ikki-workshop-2024-1.json");
    private static final String IKKI_3 = Fixtures.json("events/ikki-workshop-2024-3.json");

    @Nested
    class TheList {

        @Test
        void asksTheApiForTheComingEventsWithTheFiltersAsGiven() {
            API.on("GET", "/api/events", json(Fixtures.page(IKKI_1)));

            Page list = browser.open("/events?district=一箕&organizer=ikki&kind=WORKSHOP");

            assertThat(list.status()).isEqualTo(200);
            Call call = API.lastCall("GET", "/api/events");
            assertThat(call.query("district")).isEqualTo("一箕");
            assertThat(call.query("organizerId")).isEqualTo("ikki");
            assertThat(call.query("kind")).isEqualTo("WORKSHOP");
            assertThat(call.query("from")).isEqualTo("2024-06-10");
            assertThat(call.query("status")).isEqualTo("PUBLISHED");
            assertThat(call.query("page")).isEqualTo("0");
            assertThat(list.document().select(".event-card h3 a").eachText()).containsExactly("一箕地区まちづくりワークショップ 第1回");
        }

        @Test
        void keepsTheFiltersInTheForm() {
            API.on("GET", "/api/events", json(Fixtures.page(IKKI_1)));

            Page list = browser.open("/events?district=一箕&organizer=ikki&kind=WORKSHOP");

            assertThat(list.document().select("input#district").val()).isEqualTo("一箕");
            assertThat(list.document().select("input#organizer").val()).isEqualTo("ikki");
            assertThat(list.document().select("select#kind option[selected]").val()).isEqualTo("WORKSHOP");
        }

        @Test
        void passesAFilterValueThroughAsTypedEvenWithCharactersThatMeanSomethingInAnAddress() {
            API.on("GET", "/api/events", json(Fixtures.emptyPage()));

            browser.open("/events?district=" + encode("北会津&湊 {1}+") + "&organizer=" + encode("a=b"));

            Call call = API.lastCall("GET", "/api/events");
            assertThat(call.query("district")).isEqualTo("北会津&湊 {1}+");
            assertThat(call.query("organizerId")).isEqualTo("a=b");
            assertThat(call.query()).doesNotContainKey("湊 {1}+");
        }

        @Test
        void showsOnlyTheEventsWithSeatsLeftWhenAsked() {
            API.on("GET", "/api/events", json(Fixtures.page(0, 200, 2, IKKI_1, IKKI_3)));

            Page list = browser.open("/events?seats=true");

            assertThat(API.lastCall("GET", "/api/events").query("size")).isEqualTo("200");
            assertThat(list.document().select(".event-card h3 a").eachText()).containsExactly("一箕地区まちづくりワークショップ 第1回");
            assertThat(list.document().select("input#seats").hasAttr("checked")).isTrue();
        }

        @Test
        void showsThePastMostRecentFirstPageByPage() {
            API.on("GET", "/api/events", json(Fixtures.page(2, 20, 61, Fixtures.json("events/clean-tsurugajo.json"))));

            Page past = browser.open("/events?view=past&page=2");

            Call call = API.lastCall("GET", "/api/events");
            assertThat(call.query("to")).isEqualTo("2024-06-09");
            assertThat(call.query("order")).isEqualTo("desc");
            assertThat(call.query("status")).isEqualTo("PUBLISHED,FINISHED,CANCELLED");
            assertThat(call.query("page")).isEqualTo("2");
            assertThat(past.document().select(".pager span").text()).isEqualTo("3 / 4 ページ");
            assertThat(past.document().select(".pager a[href*=page=1]").attr("href")).contains("view=past");
            assertThat(past.document().select(".pager a[href*=page=3]")).isNotEmpty();
        }

        @Test
        void saysSoWhenNothingMatches() {
            API.on("GET", "/api/events", json(Fixtures.emptyPage()));

            Page list = browser.open("/events?kind=MARKET");

            assertThat(list.document().select("main [role=status]").text()).isEqualTo("条件に合うこれからのイベントはありません。");
        }
    }

    @Nested
    class TheCalendar {

        @Test
        void showsTheMonthWithEachEventOnItsDay() {
            API.on("GET", "/api/events", json(Fixtures.page(IKKI_1)));

            Page june = browser.open("/events/calendar?month=2024-06");

            assertThat(june.status()).isEqualTo(200);
            assertThat(june.document().select("h1").text()).isEqualTo("令和6年6月のイベント");
            Call call = API.lastCall("GET", "/api/events");
            assertThat(call.query("from")).isEqualTo("2024-06-01");
            assertThat(call.query("to")).isEqualTo("2024-06-30");
            assertThat(call.query("status")).isEqualTo("PUBLISHED,FINISHED,CANCELLED");
            Element the21st = cell(june, "令和6年6月21日(金)");
            assertThat(the21st.select("a").eachText()).containsExactly("一箕地区まちづくりワークショップ 第1回");
            assertThat(cell(june, "令和6年6月20日(木)").select("a")).isEmpty();
            assertThat(june.document().select("table.calendar thead th").eachText())
                    .containsExactly("日", "月", "火", "水", "木", "金", "土");
        }

        @Test
        void marksTodayAndTheDaysOfTheNeighbouringMonths() {
            API.on("GET", "/api/events", json(Fixtures.emptyPage()));

            Page june = browser.open("/events/calendar");

            assertThat(june.document().select("h1").text()).isEqualTo("令和6年6月のイベント");
            assertThat(cell(june, "令和6年6月10日(月)").attr("aria-current")).isEqualTo("date");
            assertThat(cell(june, "令和6年5月26日(日)").hasClass("calendar-other")).isTrue();
            assertThat(june.document().select("table.calendar tbody tr")).hasSize(6);
        }

        @Test
        void movesMonthByMonthBackIntoThePreviousYear() {
            API.on("GET", "/api/events", json(Fixtures.emptyPage()));

            Page january = browser.open("/events/calendar?month=2025-01&district=一箕");

            assertThat(january.document().select("h1").text()).isEqualTo("令和7年1月のイベント");
            assertThat(january.document().select("a[rel=prev]").attr("href")).contains("month=2024-12").contains("district=");
            assertThat(january.document().select("a[rel=prev]").text()).isEqualTo("前の月（令和6年12月）");
            assertThat(january.document().select("a[rel=next]").attr("href")).contains("month=2025-02");
            Page december = browser.open(january.document().select("a[rel=prev]").attr("href"));
            assertThat(december.document().select("h1").text()).isEqualTo("令和6年12月のイベント");
            assertThat(API.lastCall("GET", "/api/events").query("district")).isEqualTo("一箕");
        }

        @Test
        void listsTheEventsWhoseDayIsStillToBeDecidedBelowTheMonth() {
            API.on("GET", "/api/events", json(Fixtures.page(Fixtures.json("events/ikki-workshop-2024-5.json"))));

            Page october = browser.open("/events/calendar?month=2024-10");

            assertThat(october.document().select("#undecided").text()).isEqualTo("この月に予定（日にち未定）");
            assertThat(october.document().select("#undecided ~ ul .event-card-when").text()).isEqualTo("令和6年10月予定 18:30〜20:00");
        }

        @Test
        void showsThisMonthForAMonthItCannotRead() {
            API.on("GET", "/api/events", json(Fixtures.emptyPage()));

            assertThat(browser.open("/events/calendar?month=2024-13").document().select("h1").text()).isEqualTo("令和6年6月のイベント");
            assertThat(browser.open("/events/calendar?month=1900-01").document().select("h1").text()).isEqualTo("令和6年6月のイベント");
        }

        private Element cell(Page page, String day) {
            return page.document().select("table.calendar td").stream()
                    .filter(td -> td.select(".visually-hidden").text().equals(day)).findFirst()
                    .orElseThrow(() -> new AssertionError("no day " + day + " in the calendar"));
        }
    }

    @Nested
    class AnEventsPage {

        @Test
        void showsWhenWhereSeatsLeftDeadlineFeeAndEligibility() {
            anIkkiWorkshop();

            Page event = browser.open("/events/ikki-workshop-2024-1");

            assertThat(event.status()).isEqualTo(200);
            assertThat(event.document().select("h1").text()).isEqualTo("一箕地区まちづくりワークショップ 第1回");
            assertThat(fact(event, "日時")).isEqualTo("令和6年6月21日(金) 18:30〜20:00");
            assertThat(fact(event, "会場")).startsWith("一箕公民館");
            assertThat(fact(event, "定員")).isEqualTo("30名（残り12席）");
            assertThat(fact(event, "申込締切")).isEqualTo("令和6年6月19日(水) 23:59");
            assertThat(fact(event, "申込方法")).isEqualTo("かんたん申請・申込システム");
            assertThat(fact(event, "参加費")).isEqualTo("300円（資料代）");
            assertThat(fact(event, "対象")).isEqualTo("一箕地区にお住まい、または一箕地区で働いている人");
            assertThat(fact(event, "主催")).isEqualTo("一箕地区ひとみ創造ネットワーク");
            assertThat(event.document().select("dd a[href=/organizations/ikki]")).isNotEmpty();
        }

        @Test
        void showsTheSeriesItBelongsToWithAllItsSessions() {
            anIkkiWorkshop();

            Page event = browser.open("/events/ikki-workshop-2024-1");

            assertThat(event.document().select("#series-title").text()).isEqualTo("一箕地区まちづくりワークショップ（連続講座）");
            List<String> sessions = event.document().select("#series-title ~ ol > li > a").eachText();
            assertThat(sessions).containsExactly("第1回 令和6年6月21日(金) 18:30〜20:00", "第2回 令和6年7月10日(水) 18:30〜20:00",
                    "第3回 令和6年8月7日(水) 18:30〜20:00", "第4回 令和6年9月11日(水) 18:30〜20:00", "第5回 令和6年10月予定 18:30〜20:00");
            assertThat(event.document().select("#series-title ~ ol a[aria-current=page]").text()).startsWith("第1回");
            assertThat(event.document().select("#series-title ~ ol > li").get(2).text()).contains("満員（キャンセル待ちで受付）");
            assertThat(API.lastCall("GET", "/api/events/series/ikki-machizukuri-workshop-2024")).isNotNull();
        }

        @Test
        void offersTheEventAndItsFeedsForACalendarApp() {
            anIkkiWorkshop();

            Page event = browser.open("/events/ikki-workshop-2024-1");

            assertThat(event.document().select("#calendar-title ~ ul a").eachAttr("href")).containsExactly(
                    "/api/events/feeds/events/ikki-workshop-2024-1.ics", "/api/events/feeds/organizations/ikki.ics",
                    "/api/events/feeds/districts/一箕.ics");
        }

        @Test
        void asksAVisitorToSignInBeforeSigningUp() {
            anIkkiWorkshop();

            Page event = browser.open("/events/ikki-workshop-2024-1");

            assertThat(event.document().select("#sign-up form")).isEmpty();
            assertThat(event.document().select("#sign-up a.button").text()).isEqualTo("サインインして申し込む");
            Page signUp = browser.get("/events/ikki-workshop-2024-1/sign-up");
            assertThat(signUp.status()).isEqualTo(302);
            assertThat(signUp.location()).endsWith("/oauth2/authorization/kizuna");
        }

        @Test
        void isThePortalsOwn404WhenTheApiKnowsNoSuchEvent() {
            Page missing = browser.open("/events/no-such-event");

            assertThat(missing.status()).isEqualTo(404);
            assertThat(missing.document().select("h1").text()).isEqualTo("ページが見つかりません");
            assertThat(missing.body()).doesNotContain("urn:kizuna:problem", "No GET");
        }

        private String fact(Page page, String term) {
            return page.document().select("dl.facts dt").stream().filter(dt -> dt.text().equals(term)).findFirst()
                    .map(dt -> dt.nextElementSibling().text())
                    .orElseThrow(() -> new AssertionError("no " + term + " on the page"));
        }
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
