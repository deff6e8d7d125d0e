package jp.kizuna.e2e.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import jp.kizuna.e2e.RunningStack;
import jp.kizuna.platform.testing.ApiClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The register in the work console in a real browser: city staff find the register from the dashboard,
 * register a regional management organization (地域運営組織), edit its profile, and see the live KPI
 * 地域づくり活動組織数 move on the register's page once the KPI service has heard of it. Every page is checked
 * with axe-core and kept as a screenshot, the table also on a phone.
 */
@ExtendWith(RunningStack.class)
class RegisterConsoleInBrowserIT {

    static final String LIVE = "/api/kpi/indicators/active-community-organizations/live";

    final String site = RunningStack.stack().settings().gatewayUrl();

    long liveValue() {
        ApiClient.Response response = RunningStack.gateway().get(LIVE);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("value").asLong();
    }

    @Test
    void staffRegisterAnOrganizationInTheConsoleAndTheKpiCountsIt() {
        String name = "一箕地区みらい会議 " + System.nanoTime() % 100_000;
        long before = liveValue();

        try (Chromium browser = Chromium.open(site, "register")) {
            browser.go("/");
            PortalInBrowserIT.signIn(browser, ConsoleInBrowserIT.STAFF, ConsoleInBrowserIT.STAFF_PASSWORD);
            browser.click(By.cssSelector(".site-nav a[href='/console']"));
            assertThat(browser.text(By.id("register-desk"))).contains("町内会加入率の報告");
            browser.checkPage("register-dashboard");

            browser.click(By.cssSelector("#register-desk a[href='/console/register']"));
            assertThat(browser.text(By.cssSelector("#register-table caption"))).contains("よみがなの順");
            browser.checkPage("register-table");

            browser.click(By.cssSelector("a[href='/console/register/new']"));
            browser.checkPage("register-new");
            browser.type(By.id("name"), name).type(By.id("nameKana"), "いっきちくみらいかいぎ")
                    .type(By.id("foundedOn"), "2024-05-31")
                    .click(By.cssSelector("input[name=districts][value='一箕']"))
                    .click(By.cssSelector("#new-organization button[type=submit]"));
            assertThat(browser.text(By.cssSelector("main .notice--ok"))).isEqualTo("団体を登録しました。");
            assertThat(browser.text(By.tagName("h1"))).isEqualTo(name);
            browser.checkPage("register-organization");

            browser.click(By.cssSelector("a[href$='/profile']"));
            browser.checkPage("register-profile");
            browser.type(By.id("description"), "一箕地区の将来を住民で話し合う会議です。")
                    .type(By.id("contact-phone"), "0242-00-0000")
                    .click(By.cssSelector("#edit-form button[type=submit]"));
            assertThat(browser.text(By.cssSelector("main .notice--ok"))).isEqualTo("紹介を保存しました。");
            assertThat(browser.text(By.id("profile-title"))).isEqualTo("団体の紹介");

            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                    .untilAsserted(() -> assertThat(liveValue()).isEqualTo(before + 1));
            browser.go("/console/register?q=" + java.net.URLEncoder.encode("みらいかいぎ", java.nio.charset.StandardCharsets.UTF_8));
            assertThat(browser.text(By.id("organizations-kpi"))).contains("地域づくり活動組織数", ": " + (before + 1) + "団体");
            assertThat(browser.text(By.id("register-table"))).contains(name);
            browser.resize(Chromium.PHONE).go(browser.url()).checkPage("register-table-phone");
        }
    }

    @Test
    void aResidentIsRefusedTheRegister() {
        try (Chromium browser = Chromium.open(site, "register-resident")) {
            browser.go("/");
            PortalInBrowserIT.signIn(browser, "taro@kizuna.example", "kita-no-yuki-michi");
            browser.go("/console/register");
            assertThat(browser.text(By.tagName("h1"))).isNotEqualTo("団体の登録簿");
            browser.checkPage("register-refused");
        }
    }
}
