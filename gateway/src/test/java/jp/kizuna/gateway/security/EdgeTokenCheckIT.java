package jp.kizuna.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import jp.kizuna.gateway.ServiceDoubles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Token attacks at the edge: every forged, stale or misdirected token is refused by the gateway
 * with a 401 problem document and never reaches a service; a good token and no token pass.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"management.server.port=0",
        // the service double publishes no API document (DocumentedRoutesIT covers that check)
        "kizuna.edge.documented-routes-only=false"})
class EdgeTokenCheckIT {

    static final String ISSUER = "https://issuer.kizuna.test";
    static final KeyPair KEYS = ServiceDoubles.rsa();
    static final KeyPair STRANGER = ServiceDoubles.rsa();
    static final HttpServer ISSUER_AND_SERVICE = start();
    static int forwarded;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void edge(DynamicPropertyRegistry properties) {
        String base = "http://127.0.0.1:" + ISSUER_AND_SERVICE.getAddress().getPort();
        properties.add("KIZUNA_ISSUER_URI", () -> ISSUER);
        properties.add("KIZUNA_JWK_SET_URI", () -> base + "/jwks");
        properties.add("REGISTRY_URL", () -> base);
    }

    @AfterAll
    static void stop() {
        ISSUER_AND_SERVICE.stop(0);
    }

    /** The issuer's key set and, on every other path, a service double that counts what reaches it. */
    static HttpServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            byte[] jwks = new JWKSet(new RSAKey.Builder((RSAPublicKey) KEYS.getPublic()).keyID("city").build()).toString()
                    .getBytes(StandardCharsets.UTF_8);
            server.createContext("/jwks", exchange -> {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, jwks.length);
                exchange.getResponseBody().write(jwks);
                exchange.close();
            });
            server.createContext("/", exchange -> {
                forwarded++;
                byte[] body = ("{\"auth\":\"" + exchange.getRequestHeaders().getFirst("Authorization") + "\"}")
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JWTClaimsSet.Builder valid() {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().issuer(ISSUER).audience("kizuna-api").subject("staff-1")
                .issueTime(Date.from(now)).notBeforeTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(600)))
                .claim("roles", List.of("city-staff"));
    }

    static String sign(JWTClaimsSet claims, KeyPair keys, String keyId) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(keyId).build(), claims);
            jwt.sign(new RSASSASigner(keys.getPrivate()));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String token(UnaryOperator<JWTClaimsSet.Builder> change) {
        return sign(change.apply(valid()).build(), KEYS, "city");
    }

    static String unsigned() {
        String header = base64("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        String payload = base64(valid().build().toString());
        return header + "." + payload + ".";
    }

    static String tampered() {
        String[] parts = token(c -> c).split("\\.");
        String payload = base64(valid().claim("roles", List.of("city-admin")).build().toString());
        return parts[0] + "." + payload + "." + parts[2];
    }

    static String base64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    static List<Arguments> attacks() {
        Instant now = Instant.now();
        return List.of(
                Arguments.of("expired", token(c -> c.expirationTime(Date.from(now.minusSeconds(120))))),
                Arguments.of("not yet valid", token(c -> c.notBeforeTime(Date.from(now.plusSeconds(300))))),
                Arguments.of("wrong issuer", token(c -> c.issuer("https://evil.example"))),
                Arguments.of("wrong audience", token(c -> c.audience("another-api"))),
                Arguments.of("alg none", unsigned()),
                Arguments.of("unknown key", sign(valid().build(), STRANGER, "stranger")),
                Arguments.of("our key id, another key", sign(valid().build(), STRANGER, "city")),
                Arguments.of("tampered payload", tampered()),
                Arguments.of("not a token", "abc.def"));
    }

    HttpResponse<String> get(String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/registry/organizations"))
                .timeout(Duration.ofSeconds(10));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attacks")
    void aBadTokenIsRefusedAtTheEdgeAsAProblem(String attack, String token) throws Exception {
        int before = forwarded;

        HttpResponse<String> response = get("Bearer " + token);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("urn:kizuna:problem:unauthorized").doesNotContain("Exception", "\tat ");
        assertThat(forwarded).as("reached a service").isEqualTo(before);
    }

    @Test
    void aGoodTokenIsForwardedUnchangedAndNoTokenIsForwardedToo() throws Exception {
        String token = token(c -> c);
        HttpResponse<String> withToken = get("Bearer " + token);

        assertThat(withToken.statusCode()).isEqualTo(200);
        assertThat(withToken.body()).contains("Bearer " + token);
        assertThat(get(null).statusCode()).isEqualTo(200);
    }

    @Test
    void aTokenJustPastItsExpiryIsStillAcceptedWithinTheClockSkew() throws Exception {
        Instant now = Instant.now();
        String fresh = token(c -> c.issueTime(Date.from(now.minusSeconds(600))).notBeforeTime(Date.from(now.minusSeconds(600)))
                .expirationTime(Date.from(now.minusSeconds(5))));

        assertThat(get("Bearer " + fresh).statusCode()).isEqualTo(200);
    }

    @Test
    void everyAnswerCarriesSecurityHeaders() throws Exception {
        Map<String, List<String>> headers = get(null).headers().map();

        assertThat(headers).containsKeys("x-content-type-options", "x-frame-options", "content-security-policy",
                "referrer-policy");
    }
}
