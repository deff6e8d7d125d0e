package jp.kizuna.web.config;

import static jp.kizuna.web.support.FakePublicApi.Answer.created;
import static jp.kizuna.web.support.FakePublicApi.Answer.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import jp.kizuna.web.WebApplication;
import jp.kizuna.web.support.Browser;
import jp.kizuna.web.support.Browser.Page;
import jp.kizuna.web.support.FakeIssuer;
import jp.kizuna.web.support.FakePublicApi;
import jp.kizuna.web.support.Fixtures;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.session.SessionRepository;

/**
 * Sessions in MongoDB (mongo-java-server here): what one instance of the web writes, another reads — the
 * sign-in, the person's tokens and what a page shows after a redirect — so people stay signed in across
 * instances and restarts. With the default, sessions stay in the instance's memory and MongoDB is never touched.
 */
class MongoSessionsIT {

    private static final FakeIssuer.Person HANAKO = FakeIssuer.Person.resident("resident-hanako", "会津 花子");
    private static final String EVENT = "/events/ikki-workshop-2024-1";

    private static MongoServer mongo;
    private static String mongoUri;
    private static MongoClient client;
    private static FakePublicApi api;
    private static FakeIssuer issuer;

    private final List<ConfigurableApplicationContext> instances = new ArrayList<>();

    @BeforeAll
    static void infrastructure() {
        mongo = new MongoServer(new MemoryBackend());
        mongo.bind("127.0.0.1", 0);
        InetSocketAddress address = mongo.getLocalAddress();
        mongoUri = "mongodb://127.0.0.1:" + address.getPort();
        client = MongoClients.create(mongoUri);
        api = new FakePublicApi();
        issuer = new FakeIssuer();
    }

    @AfterAll
    static void stopInfrastructure() {
        client.close();
        mongo.shutdownNow();
        api.stop();
        issuer.stop();
    }

    @BeforeEach
    void theApi() {
        client.getDatabase("kizuna_web").drop();
        api.reset();
        api.on("GET", "/api/events/registrations/mine", json(Fixtures.page(Fixtures.json("events/registration-confirmed.json"))));
        api.on("GET", "/api/events/ikki-workshop-2024-1", json(Fixtures.json("events/ikki-workshop-2024-1.json")));
        api.on("GET", "/api/events/series/ikki-machizukuri-workshop-2024",
                json(Fixtures.json("events/series-ikki-machizukuri-workshop-2024.json")));
    }

    @AfterEach
    void stopInstances() {
        instances.forEach(ConfigurableApplicationContext::close);
    }

    @Test
    void keepsAPersonSignedInWithTheirTokensAcrossARestartOfTheWeb() {
        ConfigurableApplicationContext first = start("mongodb");
        Browser browser = new Browser(port(first));
        assertThat(browser.signIn(issuer, HANAKO, "/my").uri().getPath()).isEqualTo("/my");
        String token = issuer.lastIssuedTo(HANAKO).accessToken();
        assertThat(signedIn()).as("the signed-in session is in MongoDB").isNotNull();

        stop(first);
        ConfigurableApplicationContext restarted = start("mongodb");
        Page my = browser.at(port(restarted)).open("/my");

        assertThat(my.status()).isEqualTo(200);
        assertThat(my.document().select(".signed-in-as").text()).isEqualTo("会津 花子 さん");
        assertThat(api.lastCall("GET", "/api/events/registrations/mine").header("Authorization"))
                .as("the tokens came back with the session").isEqualTo("Bearer " + token);
        assertThat(issuer.issued()).as("no second sign-in at the issuer").hasSize(1);
    }

    @Test
    void letsOneInstanceShowWhatAnotherAnsweredAfterTheRedirect() {
        ConfigurableApplicationContext one = start("mongodb");
        ConfigurableApplicationContext other = start("mongodb");
        Browser atOne = new Browser(port(one));
        Page form = atOne.signIn(issuer, HANAKO, EVENT + "/sign-up");
        api.on("POST", "/api/events/ikki-workshop-2024-1/registrations", created(Fixtures.json("events/registration-confirmed.json")));

        Page redirect = atOne.submit(form, "#sign-up form", Map.of("eligibilityDeclared", "true"));
        assertThat(redirect.status()).isEqualTo(302);
        Page answer = atOne.at(port(other)).open(java.net.URI.create(redirect.location()).getPath());

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.document().select("#sign-up [role=status]").text()).startsWith("申し込みが確定しました。");
    }

    @Test
    void treatsASessionItCannotReadAsNoSession() {
        ConfigurableApplicationContext web = start("mongodb");
        Browser browser = new Browser(port(web));
        browser.signIn(issuer, HANAKO, "/my");
        Document stored = signedIn();
        sessions().updateOne(new Document("_id", stored.get("_id")),
                new Document("$set", new Document("attr", new Binary("written by another version".getBytes()))));

        Page my = browser.get("/my");

        assertThat(my.status()).as("asked to sign in again, not an error page").isEqualTo(302);
        assertThat(my.location()).endsWith("/oauth2/authorization/kizuna");
    }

    @Test
    void letsSessionsExpireAfterThirtyMinutesWithoutARequest() {
        ConfigurableApplicationContext web = start("mongodb");
        Browser browser = new Browser(port(web));
        browser.signIn(issuer, HANAKO, "/my");
        Document stored = signedIn();

        assertThat(stored.get("interval").toString()).isEqualTo("PT30M");
        assertThat(stored.getDate("expireAt")).isBetween(Date.from(Instant.now().plusSeconds(29 * 60)),
                Date.from(Instant.now().plusSeconds(31 * 60)));
        // thirty minutes later: the store marks a session expired at its last request plus the timeout
        sessions().updateOne(new Document("_id", stored.get("_id")), new Document("$set", new Document("accessed",
                Date.from(Instant.now().minusSeconds(31 * 60))).append("expireAt", Date.from(Instant.now().minusSeconds(60)))));
        assertThat(browser.get("/my").status()).isEqualTo(302);
    }

    @Test
    void keepsSessionsInTheInstancesMemoryByDefault() {
        ConfigurableApplicationContext web = start(null);
        Browser browser = new Browser(port(web));
        browser.signIn(issuer, HANAKO, "/my");

        assertThat(web.getBeansOfType(SessionRepository.class)).isEmpty();
        assertThat(web.getBeansOfType(MongoClient.class)).isEmpty();
        assertThat(client.getDatabase("kizuna_web").listCollectionNames()).isEmpty();
        stop(web);
        ConfigurableApplicationContext restarted = start(null);
        assertThat(browser.at(port(restarted)).get("/my").status()).as("a restart signs everyone out").isEqualTo(302);
    }

    /** An instance of the web, configured as the chart does it (arguments outrank application.yml, as the environment does). */
    private ConfigurableApplicationContext start(String sessions) {
        List<String> settings = new ArrayList<>(List.of(
                "--server.port=0",
                "--kizuna.web.api-url=" + api.url(),
                "--kizuna.web.issuer-uri=" + issuer.url(),
                "--spring.security.oauth2.client.provider.kizuna.issuer-uri=" + issuer.url(),
                "--spring.security.oauth2.client.registration.kizuna.client-id=" + FakeIssuer.CLIENT_ID,
                "--spring.security.oauth2.client.registration.kizuna.client-secret=" + FakeIssuer.CLIENT_SECRET));
        if (sessions != null) {
            settings.addAll(List.of("--kizuna.web.sessions=" + sessions, "--spring.mongodb.uri=" + mongoUri,
                    "--spring.mongodb.database=kizuna_web"));
        }
        ConfigurableApplicationContext context = new SpringApplicationBuilder(WebApplication.class)
                .run(settings.toArray(String[]::new));
        instances.add(context);
        return context;
    }

    private void stop(ConfigurableApplicationContext context) {
        context.close();
        instances.remove(context);
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /** Hanako's session (the one from before she signed in stays until it expires, holding nothing but where she was going). */
    private static Document signedIn() {
        return sessions().find(new Document("principal", HANAKO.subject())).first();
    }

    private static MongoCollection<Document> sessions() {
        return client.getDatabase("kizuna_web").getCollection("sessions");
    }
}
