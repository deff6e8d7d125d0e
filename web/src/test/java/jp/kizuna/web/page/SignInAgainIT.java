package jp.kizuna.web.page;

import static jp.kizuna.web.support.FakePublicApi.Answer.json;
import static jp.kizuna.web.support.FakePublicApi.Answer.problem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jp.kizuna.web.support.Browser.Page;
import jp.kizuna.web.support.FakeIssuer;
import jp.kizuna.web.support.Fixtures;
import jp.kizuna.web.support.PortalAgainstFakeApi;
import org.junit.jupiter.api.Test;

/**
 * A token the API no longer takes (revoked, or run out while the web's session lives on) answers 401 on any page:
 * the person is asked to sign in again, not shown an error, and once signed in is back on the page they were on.
 */
class SignInAgainIT extends PortalAgainstFakeApi {

    static final FakeIssuer.Person STAFF = new FakeIssuer.Person("staff-suzuki", "鈴木 誠（地域づくり課）", List.of("city-staff"));
    static final String BUDGETS = "/api/subsidies/budgets";

    @Test
    void aTokenTheApiNoLongerTakesSendsThePersonToSignInAndBackToThePage() {
        API.on("GET", BUDGETS, json(Fixtures.json("subsidies/budgets-2024.json")));
        browser.signIn(ISSUER, STAFF, "/console/subsidies/budgets");
        API.on("GET", BUDGETS, problem(401, "unauthorized", "The token is no longer valid."));

        Page asked = browser.get("/console/subsidies/budgets?fiscalYear=2023");

        assertThat(asked.status()).isEqualTo(302);
        assertThat(asked.location()).endsWith("/oauth2/authorization/kizuna");
        assertThat(asked.body()).doesNotContain("The token is no longer valid.");

        API.on("GET", BUDGETS, json(Fixtures.json("subsidies/budgets-2024.json")));
        Page back = browser.signIn(ISSUER, STAFF, asked.location());

        assertThat(back.status()).isEqualTo(200);
        assertThat(back.uri().getPath()).isEqualTo("/console/subsidies/budgets");
        assertThat(back.uri().getQuery()).startsWith("fiscalYear=2023");
        assertThat(API.lastCall("GET", BUDGETS).query("fiscalYear")).isEqualTo("2023");
    }

    @Test
    void theOldSignInIsGoneOnceTheApiNoLongerTakesItsToken() {
        API.on("GET", BUDGETS, json(Fixtures.json("subsidies/budgets-2024.json")));
        browser.signIn(ISSUER, STAFF, "/console/subsidies/budgets");
        API.on("GET", BUDGETS, problem(401, "unauthorized", "The token is no longer valid."));
        browser.get("/console/subsidies/budgets");

        Page console = browser.get("/console");

        assertThat(console.status()).isEqualTo(302);
        assertThat(console.location()).endsWith("/oauth2/authorization/kizuna");
    }

    @Test
    void aReadMadeBesideOthersOnThePageAsksForTheSignInTooNotAnErrorPage() {
        // the dashboard reads its items at the same time (ConcurrentReads): a 401 from one of them still signs in again
        API.on("GET", BUDGETS, json(Fixtures.json("subsidies/budgets-2024.json")));
        browser.signIn(ISSUER, STAFF, "/console/subsidies/budgets");
        API.on("GET", "/api/events/moderation", problem(401, "unauthorized", "The token is no longer valid."));
        API.on("GET", "/api/subsidies/applications/paged", problem(401, "unauthorized", "The token is no longer valid."));

        Page dashboard = browser.get("/console");

        assertThat(dashboard.status()).isEqualTo(302);
        assertThat(dashboard.location()).endsWith("/oauth2/authorization/kizuna");
    }

    @Test
    void anApiThatRefusesEvenAFreshSignInIsSaidToBeUnavailableInsteadOfSendingThePersonRoundAndRound() {
        API.on("GET", BUDGETS, json(Fixtures.json("subsidies/budgets-2024.json")));
        browser.signIn(ISSUER, STAFF, "/console/subsidies/budgets");
        API.on("GET", BUDGETS, problem(401, "unauthorized", "The token is no longer valid."));
        Page asked = browser.get("/console/subsidies/budgets");
        browser.signIn(ISSUER, STAFF, asked.location());

        Page again = browser.get("/console/subsidies/budgets");

        assertThat(again.status()).isEqualTo(503);
        assertThat(again.document().select("[role=alert]").text())
                .isEqualTo("ただいまサービスを利用できません。時間をおいてもう一度お試しください。");
        assertThat(again.body()).doesNotContain("The token is no longer valid.");
    }
}
