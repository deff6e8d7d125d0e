package jp.kizuna.web.page;

import static jp.kizuna.web.support.FakePublicApi.Answer.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jp.kizuna.web.support.Browser;
import jp.kizuna.web.support.Browser.Page;
import jp.kizuna.web.support.Fixtures;
import jp.kizuna.web.support.PortalAgainstFakeApi;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What holds on every page: the security headers, no inline script or style, a CSRF token in every form, its language. */
class EveryPageIT extends PortalAgainstFakeApi {

    private static final List<String> PAGES = List.of("/", "/events", "/events?view=past", "/events/calendar",
            "/events/ikki-workshop-2024-1", "/organizations", "/organizations/minato", "/kpi", "/open-data", "/my",
            "/no/such/page");

    @BeforeEach
    void everythingTheApiKnows() {
        anIkkiWorkshop();
        API.on("GET", "/api/events", json(Fixtures.page(Fixtures.json("events/ikki-workshop-2024-1.json"))));
        API.on("GET", "/api/registry/organizations", json(Fixtures.json("registry/organizations-regional.json")));
        API.on("GET", "/api/registry/organizations/minato", json(Fixtures.json("registry/organization-minato.json")));
        API.on("GET", "/api/registry/placements", json(Fixtures.json("registry/placements-minato.json")));
        API.on("GET", "/api/registry/districts", json(Fixtures.json("registry/districts.json")));
        API.on("GET", "/api/kpi/indicators", json(Fixtures.json("kpi/indicators.json")));
        API.on("GET", "/api/events/registrations/mine", json(Fixtures.page(Fixtures.json("events/registration-confirmed.json"))));
    }

    @Test
    void sendsAStrictContentSecurityPolicyAndNoInlineScriptOrStyleOnAnyPage() {
        browser.signIn(ISSUER, HANAKO);
        Browser visitor = new Browser(port);
        for (Browser who : List.of(browser, visitor)) {
            for (String path : PAGES) {
                Page page = who.open(path);
                if (page.status() == 302) {
                    continue;
                }
                String policy = page.header("Content-Security-Policy");
                assertThat(policy).as(path).contains("default-src 'none'", "script-src 'self'", "style-src 'self'",
                        "frame-ancestors 'none'", "base-uri 'none'").doesNotContain("unsafe-inline", "unsafe-eval");
                assertThat(page.header("X-Frame-Options")).as(path).isEqualTo("DENY");
                assertThat(page.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
                assertThat(page.header("Referrer-Policy")).as(path).isEqualTo("same-origin");
                Document document = page.document();
                assertThat(document.select("script:not([src])")).as("inline scripts on %s", path).isEmpty();
                assertThat(document.select("style")).as("style elements on %s", path).isEmpty();
                assertThat(document.select("[style]")).as("style attributes on %s", path).isEmpty();
                assertThat(document.getAllElements().stream().flatMap(e -> e.attributes().asList().stream())
                        .filter(a -> a.getKey().toLowerCase().startsWith("on")).toList()).as("event handlers on %s", path).isEmpty();
                assertThat(document.select("a[href^=javascript:]")).as(path).isEmpty();
            }
        }
    }

    @Test
    void putsACsrfTokenInEveryFormThatChangesSomething() {
        browser.signIn(ISSUER, HANAKO);
        int forms = 0;
        for (String path : PAGES) {
            for (Element form : browser.open(path).document().select("form[method=post]")) {
                assertThat(form.select("input[type=hidden][name=_csrf]").attr("value")).as("%s on %s", form.attr("action"), path)
                        .isNotBlank();
                forms++;
            }
        }
        assertThat(forms).as("the sign-up, cancel and sign-out forms at least").isGreaterThanOrEqualTo(PAGES.size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ja", "en"})
    void saysWhichLanguageEveryPageIsIn(String language) {
        browser.signIn(ISSUER, HANAKO);
        browser.open("/?lang=" + language);
        for (String path : PAGES) {
            Page page = browser.open(path);
            assertThat(page.document().select("html").attr("lang")).as(path).isEqualTo(language);
            assertThat(page.document().select("main#main")).as(path).hasSize(1);
            assertThat(page.document().select("title").text()).as(path).isNotBlank();
            assertThat(page.header("Content-Type")).as(path).isEqualTo("text/html;charset=UTF-8");
        }
    }

    @Test
    void keepsTheSessionCookieFromScriptsAndOtherSites() {
        Page signedIn = browser.signIn(ISSUER, HANAKO);

        assertThat(signedIn.status()).isEqualTo(200);
        assertThat(browser.cookie("KIZUNA_SESSION")).isNotBlank();
        Page again = new Browser(port).get("/oauth2/authorization/kizuna");
        assertThat(again.header("Set-Cookie")).contains("KIZUNA_SESSION=").containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Lax");
    }

    @Test
    void signsOutHereAndAtTheIssuer() {
        Page home = browser.signIn(ISSUER, HANAKO);

        Page signedOut = browser.submit(home, "form[action=/logout]", java.util.Map.of());

        assertThat(signedOut.status()).isEqualTo(302);
        assertThat(signedOut.location()).startsWith(ISSUER.url() + "/connect/logout").contains("id_token_hint=");
        assertThat(browser.get("/my").status()).isEqualTo(302);
    }
}
