package jp.kizuna.localstack;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signs a person in at the local issuer the way the web portal does — the authorization-code flow with
 * PKCE through the sign-in form — and answers their access token: {@code make token AS=<e-mail>} and the
 * end-to-end tests that need two different residents. Only for the local stack, whose web client secret the
 * launcher knows.
 */
final class PersonSignIn {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Pattern PROBLEM = Pattern.compile("id=\"sign-in-problem\">([^<]+)<");
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    private final StackSettings settings;
    private final String webSecret;

    PersonSignIn(StackSettings settings, String webSecret) {
        this.settings = settings;
        this.webSecret = webSecret;
    }

    String accessToken(String email, String password) {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        String issuer = "http://127.0.0.1:" + settings.ports().auth();
        String callback = settings.gatewayUrl() + "/login/oauth2/code/kizuna";
        String verifier = random();
        String authorize = issuer + "/oauth2/authorize?response_type=code&client_id=kizuna-web&scope=openid%20profile"
                + "&redirect_uri=" + enc(callback) + "&state=" + random() + "&code_challenge=" + challenge(verifier)
                + "&code_challenge_method=S256";
        try {
            send(browser, get(authorize));
            String login = send(browser, get(issuer + "/login")).body();
            Matcher csrf = CSRF.matcher(login);
            if (!csrf.find()) {
                throw new StackException("the issuer's sign-in page has no form; is it the Kizuna issuer?");
            }
            HttpResponse<String> answer = send(browser, HttpRequest.newBuilder(URI.create(issuer + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("email=" + enc(email) + "&password=" + enc(password)
                            + "&_csrf=" + enc(csrf.group(1)))).build());
            for (int hop = 0; hop < 5; hop++) {
                String location = answer.headers().firstValue("Location").orElse("");
                if (location.startsWith(callback)) {
                    return exchange(browser, issuer, callback, verifier, code(location));
                }
                if (location.isEmpty()) {
                    break;
                }
                answer = send(browser, get(location.startsWith("http") ? location : issuer + location));
            }
            Matcher problem = PROBLEM.matcher(answer.body());
            throw new StackException("cannot sign in as " + email + ": "
                    + (problem.find() ? problem.group(1) : "the issuer answered " + answer.statusCode()));
        } catch (IOException e) {
            throw new StackException("the token issuer at " + issuer + " is not reachable; is the stack running (`make run`)?", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("interrupted", e);
        }
    }

    private String exchange(HttpClient browser, String issuer, String callback, String verifier, String code)
            throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString(("kizuna-web:" + enc(webSecret)).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> tokens = send(browser, HttpRequest.newBuilder(URI.create(issuer + "/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", "Basic " + basic)
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=authorization_code&code=" + enc(code)
                        + "&redirect_uri=" + enc(callback) + "&code_verifier=" + verifier)).build());
        Matcher token = ACCESS_TOKEN.matcher(tokens.body());
        if (tokens.statusCode() != 200 || !token.find()) {
            throw new StackException("the token issuer answered " + tokens.statusCode() + ": " + tokens.body());
        }
        return token.group(1);
    }

    private static String code(String location) {
        return Optional.ofNullable(URI.create(location).getRawQuery()).stream()
                .flatMap(query -> java.util.Arrays.stream(query.split("&")))
                .filter(pair -> pair.startsWith("code="))
                .map(pair -> java.net.URLDecoder.decode(pair.substring(5), StandardCharsets.UTF_8))
                .findFirst().orElseThrow(() -> new StackException("the issuer returned no code: " + location));
    }

    private static HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(15)).header("Accept", "text/html").GET().build();
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String random() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String challenge(String verifier) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
