package jp.kizuna.web.support;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.convention.TestBean;

/**
 * The portal as it runs, on a real port, in front of a {@link FakePublicApi} and a {@link FakeIssuer}: the pages,
 * sign-in, security and sessions as configured for production, only the API's answers and the people are the
 * test's. Its clock stands at 09:00 on Monday 10 June 2024 in Aizuwakamatsu, before the first session of the
 * 一箕地区まちづくりワークショップ (Friday 21 June, deadline 19 June).
 */
// each test starts from an API that knows nothing: no public answer of an earlier test is reused (a test of the
// kept answers says otherwise in its own @SpringBootTest, as HomePageOrganizationsKeptIT does)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "kizuna.web.public-cache-ttl=0s")
public abstract class PortalAgainstFakeApi {

    public static final Instant NOW = Instant.parse("2024-06-10T00:00:00Z");

    protected static final FakePublicApi API = new FakePublicApi();
    protected static final FakeIssuer ISSUER = new FakeIssuer();

    protected static final FakeIssuer.Person HANAKO = FakeIssuer.Person.resident("resident-hanako", "会津 花子");

    @TestBean(name = "clock")
    protected Clock clock;

    @LocalServerPort
    protected int port;

    protected Browser browser;

    static Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }

    @DynamicPropertySource
    static void fakes(DynamicPropertyRegistry registry) {
        registry.add("kizuna.web.api-url", API::url);
        registry.add("kizuna.web.issuer-uri", ISSUER::url);
        registry.add("kizuna.web.api-timeout", () -> "3s");
        registry.add("spring.security.oauth2.client.provider.kizuna.issuer-uri", ISSUER::url);
        registry.add("spring.security.oauth2.client.registration.kizuna.client-id", () -> FakeIssuer.CLIENT_ID);
        registry.add("spring.security.oauth2.client.registration.kizuna.client-secret", () -> FakeIssuer.CLIENT_SECRET);
    }

    /** The first session of the 一箕 workshop and its series, as the events API answers them. */
    protected static void anIkkiWorkshop() {
        API.on("GET", "/api/events/ikki-workshop-2024-1", FakePublicApi.Answer.json(Fixtures.json("events/ikki-workshop-2024-1.json")));
        API.on("GET", "/api/events/series/ikki-machizukuri-workshop-2024",
                FakePublicApi.Answer.json(Fixtures.json("events/series-ikki-machizukuri-workshop-2024.json")));
    }

    @BeforeEach
    void freshVisitor() {
        API.reset();
        ISSUER.reset();
        browser = new Browser(port);
    }
}
