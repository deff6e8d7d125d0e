package jp.kizuna.web.organizations;

import static jp.kizuna.web.support.FakePublicApi.Answer.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jp.kizuna.web.support.Browser.Page;
import jp.kizuna.web.support.FakePublicApi.Call;
import jp.kizuna.web.support.Fixtures;
import jp.kizuna.web.support.PortalAgainstFakeApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OrganizationPagesIT extends PortalAgainstFakeApi {

    @BeforeEach
    void theRegister() {
        API.on("GET", "/api/registry/districts", json(Fixtures.json("registry/districts.json")));
        API.on("GET", "/api/registry/organizations", json(Fixtures.json("registry/organizations-minato-search.json")));
    }

    @Test
    void passesTheSearchToTheApiWhichFoldsKanaAndKanji() {
        Page found = browser.open("/organizations?q=" + encode("みなと"));

        assertThat(found.status()).isEqualTo(200);
        Call search = API.lastCall("GET", "/api/registry/organizations");
        assertThat(search.query("q")).isEqualTo("みなと");
        assertThat(search.query("page")).isEqualTo("0");
        assertThat(found.document().select("ul.grid h2 a").eachText()).containsExactly("みんなと湊まちづくりネットワーク");
        assertThat(found.document().select("main p[role=status]").text()).isEqualTo("1件の団体");
        assertThat(found.document().select("input#q").val()).isEqualTo("みなと");
    }

    @Test
    void passesWhatWasTypedThroughWhole() {
        browser.open("/organizations?q=" + encode("  A&B+C {0} ") + "&district=" + encode("湊"));

        Call search = API.lastCall("GET", "/api/registry/organizations");
        assertThat(search.query("q")).isEqualTo("A&B+C {0}");
        assertThat(search.query("district")).isEqualTo("湊");
    }

    @Test
    void passesTheFiltersItKnowsAndDropsTheOthers() {
        Page found = browser.open("/organizations?kind=REGIONAL_MANAGEMENT_ORGANIZATION&stage=STEP_4");
        Call known = API.lastCall("GET", "/api/registry/organizations");
        browser.open("/organizations?kind=DROP_TABLE&stage=STEP_9");
        Call unknown = API.lastCall("GET", "/api/registry/organizations");

        assertThat(known.query("kind")).isEqualTo("REGIONAL_MANAGEMENT_ORGANIZATION");
        assertThat(known.query("stage")).isEqualTo("STEP_4");
        assertThat(found.document().select("select#stage option[selected]").val()).isEqualTo("STEP_4");
        assertThat(unknown.query()).doesNotContainKeys("kind", "stage");
    }

    @Test
    void offersTheDistrictsOfTheRegisterAsAFilter() {
        Page found = browser.open("/organizations");

        assertThat(found.document().select("select#district option").eachAttr("value")).containsExactly("", "湊", "一箕");
    }

    @Test
    void showsAnOrganizationWithItsStageHistoryPeopleFacilitiesAndEvents() {
        API.on("GET", "/api/registry/organizations/minato", json(Fixtures.json("registry/organization-minato.json")));
        API.on("GET", "/api/registry/placements", json(Fixtures.json("registry/placements-minato.json")));
        API.on("GET", "/api/events", call -> "desc".equals(call.query("order"))
                ? json(Fixtures.page(Fixtures.json("events/clean-tsurugajo.json")))
                : json(Fixtures.emptyPage()));

        Page minato = browser.open("/organizations/minato");

        assertThat(minato.status()).isEqualTo(200);
        assertThat(minato.document().select("h1").text()).isEqualTo("みんなと湊まちづくりネットワーク");
        assertThat(minato.document().select("ol.stage-steps li[aria-current=step]").text()).startsWith("ステップ4");
        assertThat(minato.document().select("ol.timeline li strong").eachText()).containsExactly("平成27年3月", "令和元年度");
        assertThat(minato.document().select("#staff-title ~ ul").text()).contains("集落支援員", "事務局長", "湊基幹集落センター");
        assertThat(minato.document().select("#events-title ~ p").first().text()).isEqualTo("予定されているイベントはありません。");
        assertThat(minato.document().select("#events-title ~ ul.event-list h3 a").eachText()).containsExactly("鶴ヶ城周辺クリーンアップ");
        assertThat(minato.document().select("a[href=/api/events/feeds/organizations/minato.ics]")).isNotEmpty();
        assertThat(API.lastCall("GET", "/api/registry/placements").query("organizationId")).isEqualTo("minato");
        assertThat(API.calls("GET", "/api/events")).allSatisfy(call -> assertThat(call.query("organizerId")).isEqualTo("minato"));
    }

    @Test
    void isThePortalsOwn404ForAnOrganizationTheRegisterDoesNotHave() {
        Page missing = browser.open("/organizations/nowhere");

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.document().select("h1").text()).isEqualTo("ページが見つかりません");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
