package jp.kizuna.gateway.apikey;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import jp.kizuna.gateway.GatewayApplication;
import jp.kizuna.gateway.ServiceDoubles;
import jp.kizuna.platform.contracts.ApiKeys;
import jp.kizuna.platform.contracts.GatewayTokens;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Partners call with {@code Authorization: ApiKey …}: the gateway knows the keys from the registry's
 * topic, forwards a valid key's partner as a token it signs (the key itself never reaches a service),
 * refuses unknown, expired and revoked keys with 401 problem+json, and a revocation reaches every
 * replica within seconds. Keys have a rate limit of their own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "management.server.port=0",
        // the service double publishes no API document (DocumentedRoutesIT covers that check)
        "kizuna.edge.documented-routes-only=false",
        "kizuna.rate-limits.window=2s",
        "kizuna.rate-limits.routes.events-workshops.per-api-key=3"})
class PartnerApiKeyIT {

    static final String TOPIC = "kizuna.registry.api-key.v1";
    static final KeyPair GATEWAY_KEY = ServiceDoubles.rsa();
    static final EmbeddedKafkaKraftBroker KAFKA = broker();
    static final List<Map<String, List<String>>> RECEIVED = new CopyOnWriteArrayList<>();
    static final HttpServer SERVICE = ServiceDoubles.answeringEmptyList(RECEIVED, Duration.ZERO);

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void edge(DynamicPropertyRegistry properties) {
        gatewayProperties().forEach((name, value) -> properties.add(name, () -> value));
    }

    static Map<String, String> gatewayProperties() {
        String service = "http://127.0.0.1:" + SERVICE.getAddress().getPort();
        return Map.of("spring.kafka.bootstrap-servers", KAFKA.getBrokersAsString(),
                "kizuna.edge.api-keys.signing-key", pkcs8Pem(GATEWAY_KEY),
                "REGISTRY_URL", service, "EVENTS_URL", service, "kizuna.edge.documented-routes-only", "false");
    }

    @AfterAll
    static void stop() {
        SERVICE.stop(0);
    }

    @BeforeEach
    void clear() {
        RECEIVED.clear();
    }

    @Test
    void aValidKeyReachesTheServiceAsAGatewaySignedPartnerToken() throws Exception {
        String key = publish("aizu-npo", "ACTIVE", null);

        HttpResponse<String> answer = await(port, key, 200);

        assertThat(answer.statusCode()).isEqualTo(200);
        String forwarded = RECEIVED.getLast().get("Authorization").getFirst();
        assertThat(forwarded).startsWith("Bearer ").doesNotContain(key);
        Jwt token = NimbusJwtDecoder.withPublicKey((RSAPublicKey) GATEWAY_KEY.getPublic()).build()
                .decode(forwarded.substring("Bearer ".length()));
        assertThat(token.getClaimAsString("iss")).isEqualTo(GatewayTokens.ISSUER);
        assertThat(token.getSubject()).startsWith("apikey:");
        assertThat(token.getAudience()).containsExactly("kizuna-api");
        assertThat(token.getClaimAsString("org_id")).isEqualTo("aizu-npo");
        assertThat(token.getClaimAsStringList("roles")).containsExactly("partner");
        assertThat(Duration.between(token.getIssuedAt(), token.getExpiresAt())).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void unknownAndExpiredKeysAreRefusedBeforeAnyServiceSeesThem() throws Exception {
        Instant expiry = Instant.now().plusSeconds(5);
        String expired = publish("aizu-npo", "ACTIVE", expiry);
        await(port, expired, 200);
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), expiry).toMillis()) + 100);
        RECEIVED.clear();

        for (String key : List.of(expired, "kzn_nosuchkey0000_" + "x".repeat(43), "not-a-key")) {
            HttpResponse<String> refused = call(port, "/api/registry/organizations", key);
            assertThat(refused.statusCode()).as(key).isEqualTo(401);
            assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValue("ApiKey");
            assertThat(refused.body()).contains("API key was refused");
        }
        assertThat(RECEIVED).isEmpty();
    }

    @Test
    void aRevokedKeyStopsWorkingWithinSecondsOnEveryReplica() throws Exception {
        List<String> arguments = new java.util.ArrayList<>(List.of("--server.port=0", "--management.server.port=0"));
        gatewayProperties().forEach((name, value) -> arguments.add("--" + name + "=" + value));
        try (ConfigurableApplicationContext secondReplica = new SpringApplicationBuilder(GatewayApplication.class)
                .run(arguments.toArray(String[]::new))) {
            int secondPort = Integer.parseInt(secondReplica.getEnvironment().getProperty("local.server.port"));
            String key = publish("aizu-npo", "ACTIVE", null);
            await(port, key, 200);
            await(secondPort, key, 200);

            long revokedAt = System.nanoTime();
            republish(key, "aizu-npo", "REVOKED");

            await(port, key, 401);
            await(secondPort, key, 401);
            Duration took = Duration.ofNanos(System.nanoTime() - revokedAt);
            System.out.println("revocation effective on both replicas after " + took.toMillis() + " ms");
            assertThat(took).isLessThan(Duration.ofSeconds(10));
        }
    }

    @Test
    void aKeyHasItsOwnRateLimit() throws Exception {
        String key = publish("aizu-npo", "ACTIVE", null);
        await(port, key, 200);
        Thread.sleep(2_000 - System.currentTimeMillis() % 2_000 + 50);

        for (int call = 1; call <= 3; call++) {
            assertThat(call(port, "/api/events", key).statusCode()).as("call " + call).isEqualTo(200);
        }
        HttpResponse<String> fourth = call(port, "/api/events", key);

        assertThat(fourth.statusCode()).isEqualTo(429);
        assertThat(fourth.headers().firstValue("Retry-After")).isPresent();
        assertThat(call(port, "/api/events", null).statusCode()).as("an anonymous caller").isEqualTo(200);
    }

    // --- the registry's side, as events on the topic ---------------------------------------------

    private final Map<String, String> idOfKey = new java.util.concurrent.ConcurrentHashMap<>();

    /** Publishes a newly issued key the way the registry does and returns the key. */
    String publish(String organizationId, String status, Instant expiresAt) {
        String keyId = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        byte[] secret = new byte[32];
        new java.security.SecureRandom().nextBytes(secret);
        String key = "kzn_" + keyId + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        idOfKey.put(key, keyId);
        send(keyId, key, organizationId, status, expiresAt);
        return key;
    }

    void republish(String key, String organizationId, String status) {
        send(idOfKey.get(key), key, organizationId, status, null);
    }

    static void send(String keyId, String key, String organizationId, String status, Instant expiresAt) {
        String value = """
                {"keyId": "%s", "apiKey": {"keyId": "%s", "organizationId": "%s", "scopes": ["events:publish"],
                 "secretSha256": "%s", "status": "%s"%s}, "issuedBy": "test", "recordedAt": "%s"}"""
                .formatted(keyId, keyId, organizationId, ApiKeys.hash(key), status,
                        expiresAt == null ? "" : ", \"expiresAt\": \"" + expiresAt + "\"", Instant.now());
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers",
                KAFKA.getBrokersAsString()), new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(TOPIC, keyId, value.getBytes(StandardCharsets.UTF_8))).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    // --- calls ----------------------------------------------------------------------------------

    static HttpResponse<String> call(int port, String path, String key) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(10));
        if (key != null) {
            request.header("Authorization", "ApiKey " + key);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Calls until the gateway answers the key with {@code status} (it reads the topic asynchronously). */
    static HttpResponse<String> await(int port, String key, int status) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        HttpResponse<String> answer;
        do {
            answer = call(port, "/api/registry/organizations", key);
            if (answer.statusCode() == status) {
                return answer;
            }
            Thread.sleep(100);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("expected " + status + " for the key, got " + answer.statusCode() + ": " + answer.body());
    }

    // --- infrastructure -------------------------------------------------------------------------

    static EmbeddedKafkaKraftBroker broker() {
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 3, TOPIC);
        broker.afterPropertiesSet();
        Runtime.getRuntime().addShutdownHook(new Thread(broker::destroy));
        return broker;
    }

    static String pkcs8Pem(KeyPair keys) {
        return "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(keys.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
    }
}
