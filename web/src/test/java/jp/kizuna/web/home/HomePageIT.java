package jp.kizuna.web.home;

import static jp.kizuna.web.support.FakePublicApi.Answer.json;
import static org.assertj.core.api.Assertions.assertThat;

import jp.kizuna.web.support.Browser.Page;
import jp.kizuna.web.support.FakePublicApi.Call;
import jp.kizuna.web.support.Fixtures;
import jp.kizuna.web.support.PortalAgainstFakeApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HomePageIT extends PortalAgainstFakeApi {

    @BeforeEach
    void regionalOrganizations() {
        API.on("GET", "/api/registry/organizations", json(Fixtures.json("registry/organizations-regional.json")));
    }

    @Test
    void showsTheEventsOfTheNext30Days() {
        API.on("GET", "/api/events", json(Fixtures.page(Fixtures.json("events/ikki-workshop-2024-1.json"))));

        Page home = browser.open("/");

        assertThat(home.status()).isEqualTo(200);
        assertThat(home.document().select("#upcoming-title").text()).isEqualTo("これからのイベント（30日以内）");
        assertThat(home.document().select(".event-card h3 a").eachText()).containsExactly("一箕地区まちづくりワークショップ 第1回");
        assertThat(home.document().select(".event-card-when").text()).isEqualTo("令和6年6月21日(金) 18:30〜20:00");
        Call upcoming = API.lastCall("GET", "/api/events");
        assertThat(upcoming.query("from")).isEqualTo("2024-06-10");
        assertThat(upcoming.query("to")).isEqualTo("2024-07-10");
        assertThat(upcoming.query("status")).isEqualTo("PUBLISHED");
        assertThat(API.calls("GET", "/api/events")).as("no need for the recent ones").hasSize(1);
    }

    @Test
    void showsTheMostRecentEventsWhenNoneIsComingUp() {
        API.on("GET", "/api/events", call -> "desc".equals(call.query("order"))
                ? json(Fixtures.page(Fixtures.json("events/clean-tsurugajo.json")))
                : json(Fixtures.emptyPage()));

        Page home = browser.open("/");

        assertThat(home.status()).isEqualTo(200);
        assertThat(home.document().select("#upcoming-title").text()).isEqualTo("最近のイベント");
        assertThat(home.mainText()).contains("この30日間に予定されているイベントはありません。");
        assertThat(home.document().select(".event-card h3 a").eachText()).containsExactly("鶴ヶ城周辺クリーンアップ");
        assertThat(home.document().select(".event-card .tag").eachText()).contains("終了しました");
        Call recent = API.lastCall("GET", "/api/events");
        assertThat(recent.query("to")).isEqualTo("2024-06-09");
        assertThat(recent.query("order")).isEqualTo("desc");
        assertThat(recent.query("status")).isEqualTo("PUBLISHED,FINISHED,CANCELLED");
    }

    @Test
    void introducesTheRegionalManagementOrganizations() {
        API.on("GET", "/api/events", json(Fixtures.emptyPage()));

        Page home = browser.open("/");

        assertThat(home.document().select("#organizations-title ~ ul.grid h3 a").eachText())
                .containsExactly("一箕地区ひとみ創造ネットワーク", "みんなと湊まちづくりネットワーク");
        assertThat(home.document().select("a[href=/organizations/minato]")).isNotEmpty();
        Call organizations = API.lastCall("GET", "/api/registry/organizations");
        assertThat(organizations.query("kind")).isEqualTo("REGIONAL_MANAGEMENT_ORGANIZATION");
        assertThat(organizations.query("status")).isEqualTo("ACTIVE");
    }

    @Test
    void leadsToTheIndicatorsAndTheOpenData() {
        API.on("GET", "/api/events", json(Fixtures.emptyPage()));

        Page home = browser.open("/");

        assertThat(home.document().select("main a[href=/kpi]")).isNotEmpty();
        assertThat(home.document().select("main a[href=/open-data]")).isNotEmpty();
        assertThat(home.document().select("main a[href=/events/calendar]")).isNotEmpty();
        assertThat(home.document().select("main a[href=/events?view=past]")).isNotEmpty();
    }
}
