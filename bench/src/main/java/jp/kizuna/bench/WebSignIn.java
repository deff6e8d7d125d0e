package jp.kizuna.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Signs a person in to the portal as a browser does: the web's login at the gateway
 * ({@code /oauth2/authorization/kizuna}), the issuer's sign-in form, the callback at the gateway. What
 * comes back is the {@code Cookie} header that carries the web's session, for a load generator to send.
 */
final class WebSignIn {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Pattern PROBLEM = Pattern.compile("id=\"sign-in-problem\">([^<]+)<");
    private static final int MAX_HOPS = 10;

    private WebSignIn() {
    }

    /** The session cookie(s) of {@code email} at the gateway, checked by reading {@code /my} with them. */
    static String sessionCookie(String gateway, String email, String password) {
        CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
        try {
            HttpResponse<String> form = follow(browser, send(browser, page(gateway + "/oauth2/authorization/kizuna")));
            Matcher csrf = CSRF.matcher(form.body());
            if (!csrf.find()) {
                throw new IllegalStateException("the web's login led to " + form.uri() + " (" + form.statusCode()
                        + "), which has no sign-in form");
            }
            HttpResponse<String> signedIn = follow(browser, send(browser, HttpRequest.newBuilder(form.uri())
                    .timeout(Duration.ofSeconds(15)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("email=" + enc(email) + "&password=" + enc(password)
                            + "&_csrf=" + enc(csrf.group(1)))).build()));
            Matcher problem = PROBLEM.matcher(signedIn.body());
            if (problem.find()) {
                throw new IllegalStateException("cannot sign in as " + email + ": " + problem.group(1).strip());
            }
            URI site = URI.create(gateway + "/");
            String cookie = cookies.getCookieStore().get(site).stream().map(HttpCookie::toString)
                    .collect(Collectors.joining("; "));
            HttpResponse<String> myPage = send(HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build(),
                    HttpRequest.newBuilder(URI.create(gateway + "/my")).timeout(Duration.ofSeconds(15))
                            .header("Accept", "text/html").header("Cookie", cookie).GET().build());
            if (myPage.statusCode() != 200) {
                throw new IllegalStateException("signed in as " + email + " (ended at " + signedIn.uri() + ", "
                        + signedIn.statusCode() + "), but /my with the session answered " + myPage.statusCode()
                        + myPage.headers().firstValue("Location").map(location -> " → " + location).orElse(""));
            }
            return cookie;
        } catch (IOException e) {
            throw new IllegalStateException("signing in as " + email + " through " + gateway + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Follows redirects (relative ones against the address that gave them) to the first answer that is not one. */
    private static HttpResponse<String> follow(HttpClient browser, HttpResponse<String> answer)
            throws IOException, InterruptedException {
        for (int hop = 0; hop < MAX_HOPS; hop++) {
            String location = answer.headers().firstValue("Location").orElse(null);
            if (answer.statusCode() / 100 != 3 || location == null) {
                return answer;
            }
            answer = send(browser, page(answer.uri().resolve(location).toString()));
        }
        throw new IllegalStateException("more than " + MAX_HOPS + " redirects from " + answer.uri());
    }

    private static HttpRequest page(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(15)).header("Accept", "text/html").GET().build();
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
