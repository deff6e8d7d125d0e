package jp.kizuna.web.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * An OpenID Connect issuer in the test JVM that lets a test sign a person in through the web's real
 * authorization-code flow: discovery, the signing keys, and a token endpoint that checks the client, the code,
 * the redirect address and the PKCE verifier before it issues a signed ID token, an access token and a refresh
 * token. {@link #approve} plays the person at the sign-in page: it turns the authorization request the web sent
 * into the callback the issuer would redirect to.
 */
public final class FakeIssuer {

    public static final String CLIENT_ID = "kizuna-web";
    public static final String CLIENT_SECRET = "web-test-secret";

    /** Someone who can sign in. */
    public record Person(String subject, String name, List<String> roles, String organizationId) {

        public Person(String subject, String name, List<String> roles) {
            this(subject, name, roles, null);
        }

        /** An organization's officer ({@code org-admin}), acting for the organization ({@code org_id}). */
        public static Person officer(String subject, String name, String organizationId) {
            return new Person(subject, name, List.of("org-admin"), organizationId);
        }

        /** An organization's officer (org-admin) or partner, acting for one organization (the {@code org_id} claim). */
        public static Person of(String organizationId, String subject, String name, String role) {
            return new Person(subject, name, List.of(role), organizationId);
        }

        public static Person resident(String subject, String name) {
            return new Person(subject, name, List.of("resident"));
        }
    }

    /** The tokens handed out to a person, newest last. */
    public record Issued(Person person, String accessToken, String refreshToken) {
    }

    private record Pending(Person person, String nonce, String codeChallenge, String redirectUri) {
    }

    private final HttpServer server;
    private final KeyPair keys;
    private final Map<String, Pending> codes = new ConcurrentHashMap<>();
    private final Map<String, Person> refreshTokens = new ConcurrentHashMap<>();
    private final List<Issued> issued = new CopyOnWriteArrayList<>();
    private volatile Duration accessTokenLifetime = Duration.ofMinutes(5);

    public FakeIssuer() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            keys = generator.generateKeyPair();
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot start the fake issuer", e);
        }
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/.well-known/openid-configuration", this::discovery);
        server.createContext("/jwks", this::keys);
        server.createContext("/token", this::token);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /**
     * The person signs in and consents: returns the web's callback address with a fresh code and the state the
     * web sent, as the issuer's redirect would.
     */
    public URI approve(URI authorizationRequest, Person person) {
        Map<String, String> request = query(authorizationRequest.getRawQuery());
        if (!CLIENT_ID.equals(request.get("client_id")) || !"code".equals(request.get("response_type"))) {
            throw new AssertionError("not an authorization-code request of the web: " + authorizationRequest);
        }
        if (!"S256".equals(request.get("code_challenge_method")) || request.get("code_challenge") == null) {
            throw new AssertionError("the web did not use PKCE (S256): " + authorizationRequest);
        }
        String code = UUID.randomUUID().toString();
        codes.put(code, new Pending(person, request.get("nonce"), request.get("code_challenge"), request.get("redirect_uri")));
        return URI.create(request.get("redirect_uri") + "?code=" + code + "&state="
                + URLEncoder.encode(request.get("state"), StandardCharsets.UTF_8));
    }

    /** Access tokens issued from now on run out after this long (refresh tokens do not). */
    public void accessTokensLast(Duration lifetime) {
        accessTokenLifetime = lifetime;
    }

    public List<Issued> issued() {
        return List.copyOf(issued);
    }

    public Issued lastIssuedTo(Person person) {
        return issued.stream().filter(i -> i.person().equals(person)).reduce((first, second) -> second)
                .orElseThrow(() -> new AssertionError("no tokens were issued to " + person));
    }

    public void reset() {
        codes.clear();
        issued.clear();
        refreshTokens.clear();
        accessTokenLifetime = Duration.ofMinutes(5);
    }

    public void stop() {
        server.stop(0);
    }

    private void discovery(HttpExchange exchange) throws IOException {
        String issuer = url();
        Map<String, Object> configuration = new LinkedHashMap<>();
        configuration.put("issuer", issuer);
        configuration.put("authorization_endpoint", issuer + "/authorize");
        configuration.put("token_endpoint", issuer + "/token");
        configuration.put("jwks_uri", issuer + "/jwks");
        configuration.put("end_session_endpoint", issuer + "/connect/logout");
        configuration.put("response_types_supported", List.of("code"));
        configuration.put("subject_types_supported", List.of("public"));
        configuration.put("id_token_signing_alg_values_supported", List.of("RS256"));
        configuration.put("scopes_supported", List.of("openid", "profile", "email"));
        configuration.put("token_endpoint_auth_methods_supported", List.of("client_secret_basic"));
        configuration.put("code_challenge_methods_supported", List.of("S256"));
        answer(exchange, 200, Json.value(configuration));
    }

    private void keys(HttpExchange exchange) throws IOException {
        RSAKey key = new RSAKey.Builder((RSAPublicKey) keys.getPublic()).keyID("test").build();
        answer(exchange, 200, new JWKSet(key).toString());
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> form;
        try (InputStream in = exchange.getRequestBody()) {
            form = query(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        String expected = "Basic " + Base64.getEncoder().encodeToString(
                (CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
        if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            answer(exchange, 401, "{\"error\":\"invalid_client\"}");
            return;
        }
        switch (String.valueOf(form.get("grant_type"))) {
            case "authorization_code" -> {
                Pending pending = codes.remove(String.valueOf(form.get("code")));
                if (pending == null || !pending.redirectUri().equals(form.get("redirect_uri"))
                        || !pending.codeChallenge().equals(challenge(form.get("code_verifier")))) {
                    answer(exchange, 400, "{\"error\":\"invalid_grant\"}");
                    return;
                }
                answer(exchange, 200, tokens(pending.person(), pending.nonce(), null));
            }
            case "refresh_token" -> {
                Person person = refreshTokens.get(String.valueOf(form.get("refresh_token")));
                if (person == null) {
                    answer(exchange, 400, "{\"error\":\"invalid_grant\"}");
                    return;
                }
                answer(exchange, 200, tokens(person, null, form.get("refresh_token")));
            }
            default -> answer(exchange, 400, "{\"error\":\"unsupported_grant_type\"}");
        }
    }

    private String tokens(Person person, String nonce, String refreshToken) {
        String access = "at-" + UUID.randomUUID();
        String refresh = refreshToken == null ? "rt-" + UUID.randomUUID() : refreshToken;
        refreshTokens.put(refresh, person);
        issued.add(new Issued(person, access, refresh));
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(url()).subject(person.subject()).audience(CLIENT_ID)
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plus(Duration.ofMinutes(10))))
                .claim("name", person.name()).claim("roles", person.roles());
        if (person.organizationId() != null) {
            claims.claim("org_id", person.organizationId());
        }
        if (nonce != null) {
            claims.claim("nonce", nonce);
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("access_token", access);
        answer.put("token_type", "Bearer");
        answer.put("expires_in", accessTokenLifetime.toSeconds());
        answer.put("refresh_token", refresh);
        answer.put("scope", "openid profile email");
        answer.put("id_token", sign(claims.build()));
        return Json.value(answer);
    }

    private String sign(JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("test").build(), claims);
            jwt.sign(new RSASSASigner((RSAPrivateKey) keys.getPrivate()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String challenge(String verifier) {
        if (verifier == null) {
            return null;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> values = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return values;
        }
        for (String pair : raw.split("&")) {
            int equals = pair.indexOf('=');
            values.put(URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8),
                    equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return values;
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        try (exchange) {
            byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json;charset=UTF-8");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }
}
