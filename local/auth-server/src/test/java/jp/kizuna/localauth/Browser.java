package jp.kizuna.localauth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A person's browser against the issuer, as a real HTTP client: it keeps cookies, follows nothing by itself
 * (each redirect is a step a test can look at), reads the CSRF token of the form it was shown, and can
 * play an app's part in the authorization-code flow with PKCE.
 */
public final class Browser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String issuer;
    private final HttpClient http;
    private String lastCsrf;

    public Browser(String issuer) {
        this.issuer = issuer;
        this.http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public HttpResponse<String> get(String pathOrUrl) {
        return send(HttpRequest.newBuilder(uri(pathOrUrl)).header("Accept", "text/html").GET().build());
    }

    /** Posts a form with the CSRF token of the page shown last. */
    public HttpResponse<String> submit(String path, Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>(fields);
        if (lastCsrf != null) {
            form.putIfAbsent("_csrf", lastCsrf);
        }
        return post(path, form, null);
    }

    public HttpResponse<String> post(String path, Map<String, String> form, String basicAuthorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html,application/json")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form)));
        if (basicAuthorization != null) {
            request.header("Authorization", basicAuthorization);
        }
        return send(request.build());
    }

    /** Follows the redirects of a response (as a browser would) and answers the last one. */
    public HttpResponse<String> follow(HttpResponse<String> response) {
        HttpResponse<String> current = response;
        for (int hop = 0; hop < 10 && isRedirect(current); hop++) {
            String location = location(current);
            if (!location.startsWith(issuer) && location.startsWith("http")) {
                return current;  // leaves the issuer: the app's redirect address
            }
            current = get(location);
        }
        return current;
    }

    public static boolean isRedirect(HttpResponse<String> response) {
        return response.statusCode() / 100 == 3;
    }

    public static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElseThrow(() ->
                new AssertionError("no Location in " + response.statusCode() + ": " + response.body()));
    }

    public static Map<String, String> queryOf(String url) {
        String query = URI.create(url).getRawQuery();
        if (query == null) {
            return Map.of();
        }
        return java.util.Arrays.stream(query.split("&")).map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> URLDecoder.decode(pair[0], StandardCharsets.UTF_8),
                        pair -> pair.length > 1 ? URLDecoder.decode(pair[1], StandardCharsets.UTF_8) : "",
                        (a, b) -> a, LinkedHashMap::new));
    }

    /** An app's PKCE pair (RFC 7636, S256). */
    public record Pkce(String verifier, String challenge) {
        public static Pkce create() {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            String verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
                return new Pkce(verifier, Base64.getUrlEncoder().withoutPadding().encodeToString(digest));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** The app sends the person to the issuer; answers the issuer's first response. */
    public HttpResponse<String> authorize(String clientId, String redirectUri, Pkce pkce, String extra) {
        String query = "response_type=code&client_id=" + enc(clientId) + "&redirect_uri=" + enc(redirectUri)
                + "&scope=" + enc("openid profile email") + "&state=" + enc("st-" + System.nanoTime())
                + "&nonce=n-" + System.nanoTime()
                + (pkce == null ? "" : "&code_challenge=" + pkce.challenge() + "&code_challenge_method=S256")
                + (extra == null ? "" : extra);
        return get("/oauth2/authorize?" + query);
    }

    /** The person signs in on the page they were sent to; answers the sign-in form's response. */
    public HttpResponse<String> signIn(String email, String password) {
        HttpResponse<String> page = get("/login");
        if (page.statusCode() != 200 && page.statusCode() != 429) {
            throw new AssertionError("sign-in page answered " + page.statusCode());
        }
        return submit("/login", Map.of("email", email, "password", password));
    }

    /** The whole flow for one person and one app: answers the authorization code. */
    public String codeFor(String clientId, String redirectUri, Pkce pkce, String email, String password) {
        HttpResponse<String> toLogin = authorize(clientId, redirectUri, pkce, null);
        if (isRedirect(toLogin) && location(toLogin).startsWith(redirectUri)) {
            return queryOf(location(toLogin)).get("code");  // already signed in here
        }
        HttpResponse<String> signedIn = signIn(email, password);
        HttpResponse<String> atApp = follow(signedIn);
        if (!isRedirect(atApp) || !location(atApp).startsWith(redirectUri)) {
            throw new AssertionError("expected a redirect to the app, got " + atApp.statusCode() + " "
                    + atApp.headers().firstValue("Location").orElse("") + "\n" + atApp.body());
        }
        return Optional.ofNullable(queryOf(location(atApp)).get("code"))
                .orElseThrow(() -> new AssertionError("no code in " + location(atApp)));
    }

    /** The app's token request (code exchange or refresh), as JSON; {@code basic} null for a public client. */
    public HttpResponse<String> token(Map<String, String> form, String basic) {
        return post("/oauth2/token", form, basic);
    }

    public static String basic(String clientId, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((enc(clientId) + ":" + enc(secret)).getBytes(StandardCharsets.UTF_8));
    }

    public static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    /** The claims of a JWT, unverified (the tests check what the issuer put in). */
    public static JsonNode claims(String jwt) {
        return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            Matcher csrf = CSRF.matcher(response.body());
            if (csrf.find()) {
                lastCsrf = csrf.group(1);
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String pathOrUrl) {
        return URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : issuer + pathOrUrl);
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream().map(entry -> enc(entry.getKey()) + "=" + enc(entry.getValue()))
                .collect(Collectors.joining("&"));
    }
}
