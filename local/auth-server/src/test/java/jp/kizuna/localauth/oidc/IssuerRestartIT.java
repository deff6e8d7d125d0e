package jp.kizuna.localauth.oidc;

import static jp.kizuna.localauth.DemoPeopleFixture.HANAKO;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.Map;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import jp.kizuna.localauth.Browser;
import jp.kizuna.localauth.IssuerTestSupport;
import jp.kizuna.localauth.LocalAuthServerApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * People stay signed in to their apps across a restart of the issuer: accounts, authorizations and the
 * signing key outlive the process (the local stack keeps the key in its data directory).
 */
class IssuerRestartIT {

    static MongoServer mongo;
    static String signingKey;
    static int port;

    @BeforeAll
    static void infrastructure() throws Exception {
        mongo = new MongoServer(new MemoryBackend());
        mongo.bind("127.0.0.1", 0);
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        signingKey = "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(generator.generateKeyPair().getPrivate().getEncoded()) + "\n-----END PRIVATE KEY-----\n";
        port = IssuerTestSupport.freePort();
    }

    @AfterAll
    static void stop() {
        mongo.shutdownNow();
    }

    static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(LocalAuthServerApplication.class).run(
                "--server.port=" + port,
                "--spring.security.oauth2.authorizationserver.issuer=http://localhost:" + port,
                "--spring.mongodb.uri=mongodb://127.0.0.1:" + mongo.getLocalAddress().getPort(),
                "--spring.mongodb.database=restart_test",
                "--kizuna.local-auth.client-secret=" + IssuerTestSupport.SECRET,
                "--kizuna.local-auth.signing-key=" + signingKey,
                "--kizuna.local-auth.web.redirect-uris=" + IssuerTestSupport.WEB_CALLBACK);
    }

    @Test
    void aRefreshTokenIssuedBeforeARestartWorksAfterItWithTheSameKeys() {
        String issuer = "http://localhost:" + port;
        String refreshToken;
        String keysBefore;
        try (ConfigurableApplicationContext first = start()) {
            Browser browser = new Browser(issuer);
            Browser.Pkce pkce = Browser.Pkce.create();
            String code = browser.codeFor("kizuna-web", IssuerTestSupport.WEB_CALLBACK, pkce, HANAKO.email(), HANAKO.password());
            refreshToken = Browser.json(browser.token(Map.of("grant_type", "authorization_code", "code", code,
                            "redirect_uri", IssuerTestSupport.WEB_CALLBACK, "code_verifier", pkce.verifier()),
                    Browser.basic("kizuna-web", IssuerTestSupport.SECRET + "-web"))).get("refresh_token").asString();
            keysBefore = browser.get("/oauth2/jwks").body();
        }

        try (ConfigurableApplicationContext second = start()) {
            Browser browser = new Browser(issuer);
            HttpResponse<String> refreshed = browser.token(Map.of("grant_type", "refresh_token", "refresh_token", refreshToken),
                    Browser.basic("kizuna-web", IssuerTestSupport.SECRET + "-web"));

            assertThat(refreshed.statusCode()).as(refreshed.body()).isEqualTo(200);
            JsonNode access = Browser.claims(Browser.json(refreshed).get("access_token").asString());
            assertThat(access.get("name").asString()).isEqualTo("会津 花子");
            assertThat(browser.get("/oauth2/jwks").body()).isEqualTo(keysBefore);
        }
    }
}
