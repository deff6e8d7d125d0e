package jp.kizuna.e2e.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import jp.kizuna.e2e.RunningStack;
import jp.kizuna.platform.testing.ApiClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import tools.jackson.databind.JsonNode;

/**
 * City staff's KPI desk in a real browser: the dashboard names an actual of an ended fiscal year still to
 * confirm, staff follow it, enter the actual (a value that is no number is refused in place first), confirm
 * it, and see it as the official figure beside the value derived from the platform's data, on the console and
 * on the public KPI page; the dashboard no longer asks for it. Every page is checked with axe-core and kept as
 * a screenshot.
 */
@ExtendWith(RunningStack.class)
class KpiConsoleInBrowserIT {

    static final String INDICATOR = "active-community-organizations";

    final String site = RunningStack.stack().settings().gatewayUrl();

    @Test
    void staffEnterAndConfirmAnActualOfTheYearThatEndedAndSeeItAsTheOfficialFigure() {
        int year = anEndedYearWithoutAConfirmedActual();
        String label = "令和" + (year - 2018) + "年度";

        try (Chromium browser = Chromium.open(site, "console-kpi")) {
            browser.go("/");
            PortalInBrowserIT.signIn(browser, ConsoleInBrowserIT.STAFF, ConsoleInBrowserIT.STAFF_PASSWORD);
            browser.click(By.cssSelector(".site-nav a[href='/console']"));
            String toConfirm = "a[href='/console/kpi/indicators/" + INDICATOR + "?fiscalYear=" + year + "']";
            assertThat(browser.text(By.cssSelector("#kpi-todo-title ~ ul"))).contains("地域づくり活動組織数（" + label + "）");
            browser.checkPage("kpi-dashboard");

            browser.click(By.cssSelector(toConfirm));
            assertThat(browser.find(By.cssSelector("#actual-fiscalYear option[value='" + year + "']")).isSelected()).isTrue();
            browser.checkPage("kpi-indicator");

            browser.type(By.id("actual-value"), "七").click(By.cssSelector("#actual-form button[type=submit]"));
            assertThat(browser.text(By.id("actual-value-error"))).contains("数値で入力してください");
            browser.checkPage("kpi-actual-refused");

            browser.type(By.id("actual-value"), "7").type(By.id("actual-text"), "ブラウザからの入力")
                    .click(By.cssSelector("#actual-form button[type=submit]"));
            assertThat(browser.text(By.cssSelector("main .notice--ok"))).contains(label, "7団体", "未確定");
            assertThat(browser.text(By.id("year-" + year))).contains("7団体", "未確定");

            browser.click(By.cssSelector("#year-" + year + " form button"));
            assertThat(browser.text(By.cssSelector("main .notice--ok"))).contains(label, "7団体", "確定しました");
            assertThat(browser.text(By.id("year-" + year))).contains("7団体", "確定").doesNotContain("未確定");
            browser.checkPage("kpi-confirmed");

            browser.go("/console/kpi");
            assertThat(browser.text(By.cssSelector("#kpi-" + INDICATOR + " ~ .table-wrap tbody"))).contains("7団体 確定");
            browser.checkPage("kpi-field");

            browser.go("/console");
            assertThat(browser.all(By.cssSelector(toConfirm))).isEmpty();

            browser.go("/kpi");
            assertThat(browser.text(By.cssSelector("section[aria-labelledby='kpi-" + INDICATOR + "'] tbody"))).contains(label + " ")
                    .contains("7団体");
        }
        JsonNode point = RunningStack.gateway().get("/api/kpi/indicators/" + INDICATOR + "?fiscalYear=" + year, null).json()
                .get("series").get(0);
        assertThat(point.get("actual").get("state").asString()).isEqualTo("CONFIRMED");
        assertThat(point.get("actual").get("value").asInt()).isEqualTo(7);
    }

    /** The latest fiscal year of the plan that has ended and has no confirmed actual yet (the seed confirms FY2022 only). */
    static int anEndedYearWithoutAConfirmedActual() {
        ApiClient.Response indicator = RunningStack.gateway().get("/api/kpi/indicators/" + INDICATOR, null);
        assertThat(indicator.status()).as(indicator.body()).isEqualTo(200);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        int current = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
        int found = 0;
        for (JsonNode point : indicator.json().get("series")) {
            int year = point.get("fiscalYear").get("year").asInt();
            JsonNode actual = point.get("actual");
            boolean confirmed = actual != null && !actual.isNull() && "CONFIRMED".equals(actual.get("state").asString());
            if (year < current && !confirmed) {
                found = Math.max(found, year);
            }
        }
        assertThat(found).as("an ended fiscal year of %s without a confirmed actual", INDICATOR).isPositive();
        return found;
    }
}
