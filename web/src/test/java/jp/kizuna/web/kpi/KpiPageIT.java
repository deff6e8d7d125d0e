package jp.kizuna.web.kpi;

import static jp.kizuna.web.support.FakePublicApi.Answer.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jp.kizuna.web.support.Browser.Page;
import jp.kizuna.web.support.Fixtures;
import jp.kizuna.web.support.PortalAgainstFakeApi;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class KpiPageIT extends PortalAgainstFakeApi {

    @Test
    void showsEachIndicatorsTargetOfficialActualLiveValueAndAchievementPerFiscalYear() {
        API.on("GET", "/api/kpi/indicators", json(Fixtures.json("kpi/indicators.json")));

        Page kpi = browser.open("/kpi");

        assertThat(kpi.status()).isEqualTo(200);
        assertThat(kpi.document().select("main h2[id^=kpi-]").eachText()).containsExactly("1. 町内会加入率", "2. 地域づくり活動組織数");
        assertThat(row(kpi, "membership-rate", 0)).containsExactly("令和4年度", "92.0％", "91.2％", "－", "99.1％");
        assertThat(row(kpi, "active-community-organizations", 1)).containsExactly("令和6年度", "10団体", "－", "9団体 暫定", "90.0％");
        assertThat(kpi.mainText()).contains("最終目標: 92.0％", "最終目標: 15団体");
    }

    @Test
    void writesTheSameValueTheSameWayInTheFinalTargetAndTheTable() {
        API.on("GET", "/api/kpi/indicators", json(Fixtures.json("kpi/indicators.json")));

        Page kpi = browser.open("/kpi");

        // 92.0 as the service gives it (and the sheet prints it), not 92 in one place and 92.0 in the other
        String target = row(kpi, "membership-rate", 0).get(1);
        assertThat(target).isEqualTo("92.0％");
        assertThat(kpi.document().select("section[aria-labelledby=kpi-membership-rate] p").eachText())
                .contains("最終目標: " + target);
    }

    @Test
    void showsTheServicesChartsWithTheirFiguresInWords() {
        API.on("GET", "/api/kpi/indicators", json(Fixtures.json("kpi/indicators.json")));

        Page kpi = browser.open("/kpi");

        Element chart = kpi.document().selectFirst("figure.chart img");
        assertThat(chart.attr("src")).isEqualTo("/api/kpi/indicators/membership-rate/chart.svg");
        assertThat(chart.attr("alt")).isEqualTo("町内会加入率の目標と実績の推移のグラフ（同じ数値を下の表に示します）");
    }

    @Test
    void linksTheEvaluationSheetAndTheOpenData() {
        API.on("GET", "/api/kpi/indicators", json(Fixtures.json("kpi/indicators.json")));

        Page kpi = browser.open("/kpi");

        assertThat(kpi.document().select("#sheet-title ~ ul a").eachAttr("href"))
                .containsExactly("/api/kpi/policy-fields/36/sheet", "/api/kpi/policy-fields/36/sheet.pdf", "/open-data");
        assertThat(browser.open("/open-data").status()).isEqualTo(200);
    }

    private static List<String> row(Page page, String code, int index) {
        Element section = page.document().getElementById("kpi-" + code).parent();
        return section.select("tbody tr").get(index).children().eachText();
    }
}
