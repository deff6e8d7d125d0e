package jp.kizuna.web.home;

import static jp.kizuna.web.support.FakePublicApi.Answer.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jp.kizuna.web.support.Browser;
import jp.kizuna.web.support.Browser.Page;
import jp.kizuna.web.support.FakePublicApi.Call;
import jp.kizuna.web.support.Fixtures;
import jp.kizuna.web.support.PortalAgainstFakeApi;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The front page's regional management organizations and events, public and the same for everyone, are read once
 * per language for the visitors who are not signed in during {@code kizuna.web.public-cache-ttl}; a signed-in
 * person's front page reads them with their token every time, and what they read is never shown to anyone else.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "kizuna.web.public-cache-ttl=30s")
class HomePageOrganizationsKeptIT extends PortalAgainstFakeApi {

    private static final String REGISTRY = "/api/registry/organizations";

    @Test
    void theOrganizationsAreReadOncePerLanguageForVisitorsAndEveryTimeWithAPersonsToken() {
        API.on("GET", REGISTRY, json(Fixtures.json("registry/organizations-regional.json")));
        API.on("GET", "/api/events", json(Fixtures.emptyPage()));

        Page first = browser.open("/");
        Page second = new Browser(port).open("/");

        assertThat(List.of(first, second)).allSatisfy(home -> {
            assertThat(home.status()).isEqualTo(200);
            assertThat(home.document().select("#organizations-title ~ ul.grid h3 a").eachText())
                    .containsExactly("一箕地区ひとみ創造ネットワーク", "みんなと湊まちづくりネットワーク");
        });
        assertThat(API.calls("GET", REGISTRY)).as("one read for both visitors").hasSize(1);
        assertThat(API.calls("GET", "/api/events")).as("the next days' events and the recent ones, once for both")
                .hasSize(2);

        new Browser(port).open("/?lang=en");
        new Browser(port).open("/?lang=en");
        assertThat(API.calls("GET", REGISTRY)).as("one more for English").hasSize(2);
        assertThat(API.lastCall("GET", REGISTRY).header("Accept-Language")).isEqualTo("en");

        Browser hanako = new Browser(port);
        hanako.signIn(ISSUER, HANAKO);
        int before = API.calls("GET", REGISTRY).size();
        int eventsBefore = API.calls("GET", "/api/events").size();
        hanako.open("/");
        hanako.open("/");
        List<Call> hers = API.calls("GET", REGISTRY).subList(before, API.calls("GET", REGISTRY).size());
        assertThat(hers).as("a signed-in person's front page reads them each time").hasSize(2)
                .allSatisfy(call -> assertThat(call.header("Authorization"))
                        .isEqualTo("Bearer " + ISSUER.lastIssuedTo(HANAKO).accessToken()));
        assertThat(API.calls("GET", "/api/events").subList(eventsBefore, API.calls("GET", "/api/events").size()))
                .as("and the events, both reads each time").hasSize(4)
                .allSatisfy(call -> assertThat(call.header("Authorization"))
                        .isEqualTo("Bearer " + ISSUER.lastIssuedTo(HANAKO).accessToken()));

        int afterHers = API.calls("GET", REGISTRY).size();
        new Browser(port).open("/");
        assertThat(API.calls("GET", REGISTRY)).as("a visitor is still shown the public answer, not hers").hasSize(afterHers);
    }
}
