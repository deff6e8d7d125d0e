package jp.kizuna.web.api;

import static jp.kizuna.web.support.FakePublicApi.Answer.json;
import static jp.kizuna.web.support.FakePublicApi.Answer.problem;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import jp.kizuna.web.support.Browser.Page;
import jp.kizuna.web.support.FakeIssuer;
import jp.kizuna.web.support.FakePublicApi.Answer;
import jp.kizuna.web.support.FakePublicApi.Call;
import jp.kizuna.web.support.Fixtures;
import jp.kizuna.web.support.PortalAgainstFakeApi;
import org.junit.jupiter.api.Test;

/**
 * The pages that read several independent things make those reads at the same time, each with exactly the headers
 * it had when they were made one after another, and fail as they did.
 */
class ConcurrentPageReadsIT extends PortalAgainstFakeApi {

    static final FakeIssuer.Person STAFF = new FakeIssuer.Person("staff-suzuki", "鈴木 誠（地域づくり課）", List.of("city-staff"));
    static final String WORKSHOP = Fixtures.json("events/ikki-workshop-2024-1.json");

    @Test
    void anOrganizationsPageMakesItsFourReadsAtTheSameTime() {
        // each answer waits until all four reads have reached the API; one after another, the first would wait in vain
        CyclicBarrier allFour = new CyclicBarrier(4);
        minato(call -> whenAllAreUnderWay(allFour, json(Fixtures.json("registry/organization-minato.json"))),
                call -> whenAllAreUnderWay(allFour, json(Fixtures.json("registry/placements-minato.json"))),
                call -> whenAllAreUnderWay(allFour, json(Fixtures.emptyPage())));

        Page minato = browser.open("/organizations/minato");

        assertThat(minato.status()).isEqualTo(200);
        assertThat(minato.document().select("h1").text()).isEqualTo("みんなと湊まちづくりネットワーク");
        assertThat(minato.document().select("#staff-title ~ ul").text()).contains("集落支援員");
    }

    @Test
    void theRegisterSearchesAndReadsItsDistrictsAtTheSameTime() {
        CyclicBarrier both = new CyclicBarrier(2);
        API.on("GET", "/api/registry/organizations", call -> whenAllAreUnderWay(both,
                json(Fixtures.json("registry/organizations-minato-search.json"))));
        API.on("GET", "/api/registry/districts", call -> whenAllAreUnderWay(both, json(Fixtures.json("registry/districts.json"))));

        Page found = browser.open("/organizations?q=みなと");

        assertThat(found.status()).isEqualTo(200);
        assertThat(found.document().select("select#district option").eachAttr("value")).containsExactly("", "湊", "一箕");
    }

    @Test
    void eachReadGoesWithThePagesRequestIdLanguageAndVisitorsAddress() {
        minato(call -> json(Fixtures.json("registry/organization-minato.json")),
                call -> json(Fixtures.json("registry/placements-minato.json")), call -> json(Fixtures.emptyPage()));

        Page minato = browser.get("/organizations/minato?lang=en",
                Map.of("X-Request-Id", "page-7f3a", "X-Forwarded-For", "203.0.113.7"));

        assertThat(minato.status()).isEqualTo(200);
        assertThat(API.calls()).hasSize(4).allSatisfy(call -> {
            assertThat(call.header("X-Request-Id")).as(call.path()).isEqualTo("page-7f3a");
            assertThat(call.header("Accept-Language")).as(call.path()).isEqualTo("en");
            assertThat(call.header("X-Forwarded-For")).as(call.path()).isEqualTo("203.0.113.7");
            assertThat(call.header("Authorization")).as("a visitor's reads go without a token").isNull();
        });
    }

    @Test
    void eachReadOfTheConsoleGoesWithTheSignedInPersonsToken() {
        theConsolesReads();

        Page console = browser.signIn(ISSUER, STAFF, "/console");

        assertThat(console.status()).isEqualTo(200);
        String token = "Bearer " + ISSUER.lastIssuedTo(STAFF).accessToken();
        assertThat(API.calls("GET", "/api/events/moderation")).singleElement()
                .satisfies(call -> assertThat(call.header("Authorization")).isEqualTo(token));
        // the coming week's events, the held ones, and the events item's count of drafts
        assertThat(API.calls("GET", "/api/events")).hasSize(3)
                .allSatisfy(call -> assertThat(call.header("Authorization")).isEqualTo(token));
    }

    @Test
    void aTokenThatHasRunOutIsRenewedOnceForAllThePagesReads() {
        theConsolesReads();
        ISSUER.accessTokensLast(Duration.ofSeconds(30));
        browser.signIn(ISSUER, STAFF, "/console");
        int issued = ISSUER.issued().size();
        API.reset();
        theConsolesReads();

        Page console = browser.open("/console");

        assertThat(console.status()).isEqualTo(200);
        assertThat(ISSUER.issued()).as("one renewal for all the page's reads").hasSize(issued + 1);
        String renewed = "Bearer " + ISSUER.lastIssuedTo(STAFF).accessToken();
        assertThat(API.calls()).hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(call -> assertThat(call.header("Authorization")).isEqualTo(renewed));
    }

    @Test
    void aReadThatFailsStillTurnsThePageIntoItsReadableMessage() {
        minato(call -> json(Fixtures.json("registry/organization-minato.json")),
                call -> problem(500, "internal-error", "Unexpected error in PlacementService; reference 5f2c1a9e"),
                call -> json(Fixtures.emptyPage()));

        Page minato = browser.open("/organizations/minato");

        assertThat(minato.status()).isEqualTo(503);
        assertThat(minato.document().select("[role=alert]").text())
                .isEqualTo("ただいまサービスを利用できません。時間をおいてもう一度お試しください。");
        assertThat(minato.body()).doesNotContain("PlacementService", "5f2c1a9e");
    }

    @Test
    void aReadTheApiDoesNotAnswerIsTheServiceBeingUnavailable() {
        API.on("GET", "/api/registry/organizations", json(Fixtures.json("registry/organizations-minato-search.json")));
        API.on("GET", "/api/registry/districts", Answer.hangUp());

        Page found = browser.open("/organizations");

        assertThat(found.status()).isEqualTo(503);
        assertThat(found.document().select("[role=alert]").text())
                .isEqualTo("ただいまサービスを利用できません。時間をおいてもう一度お試しください。");
    }

    @Test
    void anOrganizationTheRegisterDoesNotHaveIsThe404PageWhateverTheOtherReadsAnswer() {
        API.on("GET", "/api/registry/placements", json("[]"));
        API.on("GET", "/api/events", json(Fixtures.emptyPage()));

        Page missing = browser.open("/organizations/nowhere");

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.document().select("h1").text()).isEqualTo("ページが見つかりません");
    }

    @Test
    void anEventTheDeskDoesNotHaveIsThe404PageThoughItsRosterWasAskedForAtTheSameTime() {
        API.on("GET", "/api/events/ikki-workshop-2024-9/registrations", json(Fixtures.emptyPage()));

        Page missing = browser.signIn(ISSUER, STAFF, "/console/events/ikki-workshop-2024-9");

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.document().select("h1").text()).isEqualTo("ページが見つかりません");
    }

    private static void minato(Function<Call, Answer> organization, Function<Call, Answer> placements,
                               Function<Call, Answer> events) {
        API.on("GET", "/api/registry/organizations/minato", organization);
        API.on("GET", "/api/registry/placements", placements);
        API.on("GET", "/api/events", events);
    }

    private static void theConsolesReads() {
        API.on("GET", "/api/events/moderation", json("[" + WORKSHOP + "]"));
        API.on("GET", "/api/events", json(Fixtures.page(WORKSHOP)));
    }

    private static Answer whenAllAreUnderWay(CyclicBarrier barrier, Answer answer) {
        try {
            barrier.await(5, TimeUnit.SECONDS);
            return answer;
        } catch (Exception e) {
            return problem(500, "internal-error", "the page's reads were not under way at the same time");
        }
    }
}
