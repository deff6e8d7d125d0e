package jp.kizuna.web.support;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A visitor of the portal, as far as a page test needs one: it keeps its cookies, follows redirects one at a time
 * when asked, sends forms with the hidden fields the page put in them (the CSRF token), and signs in through the
 * web's authorization-code flow at the {@link FakeIssuer}.
 */
public final class Browser {

    /** A page as the browser got it. */
    public record Page(int status, URI uri, Map<String, String> headers, String body) {

        public Document document() {
            return Jsoup.parse(body, uri.toString());
        }

        public String header(String name) {
            return headers.get(name.toLowerCase());
        }

        public String location() {
            return header("Location");
        }

        /** The visible text of the page's main content. */
        public String mainText() {
            Element main = document().selectFirst("main");
            return main == null ? "" : main.text();
        }
    }

    private final String base;
    private final CookieManager cookies;
    private final HttpClient http;

    public Browser(int port) {
        this(port, new CookieManager(null, CookiePolicy.ACCEPT_ALL));
    }

    private Browser(int port, CookieManager cookies) {
        this.base = "http://localhost:" + port;
        this.cookies = cookies;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(address(path)).GET());
    }

    /** Gets the page with these headers besides a browser's own (a request id the gateway would have set, say). */
    public Page get(String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(address(path)).GET();
        headers.forEach(request::header);
        return send(request);
    }

    /** Gets the page and follows its redirects on this site, as a browser does. */
    public Page open(String path) {
        return followed(get(path));
    }

    /** Fills in and sends the form the selector names on the page, with the page's hidden fields. */
    public Page submit(Page page, String formSelector, Map<String, String> values) {
        Element form = page.document().selectFirst(formSelector);
        if (form == null) {
            throw new AssertionError("no form " + formSelector + " on " + page.uri());
        }
        Map<String, String> fields = new LinkedHashMap<>();
        form.select("input[type=hidden]").forEach(input -> fields.put(input.attr("name"), input.attr("value")));
        fields.putAll(values);
        return post(URI.create(form.absUrl("action")).getRawPath(), fields);
    }

    public Page post(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(address(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Follows the redirects of this site (not the issuer's) to the page they lead to. */
    public Page followed(Page page) {
        Page current = page;
        for (int hops = 0; current.status() / 100 == 3 && hops < 10; hops++) {
            URI next = withoutFragment(current.uri().resolve(current.location()));
            if (!next.toString().startsWith(base)) {
                return current;
            }
            current = send(HttpRequest.newBuilder(next).GET());
        }
        return current;
    }

    /**
     * Signs the person in from the given page's address: the web sends the browser to the issuer, the person
     * approves, the issuer sends the browser back with a code, the web exchanges it and returns to the page.
     */
    public Page signIn(FakeIssuer issuer, FakeIssuer.Person person, String from) {
        Page toIssuer = followed(get(from));
        if (toIssuer.status() != 302 || !toIssuer.location().startsWith(issuer.url() + "/authorize")) {
            throw new AssertionError("the web did not send the browser to the issuer from " + from + " but answered "
                    + toIssuer.status() + " " + toIssuer.location());
        }
        URI callback = issuer.approve(URI.create(toIssuer.location()), person);
        return followed(send(HttpRequest.newBuilder(callback).GET()));
    }

    public Page signIn(FakeIssuer issuer, FakeIssuer.Person person) {
        return signIn(issuer, person, "/oauth2/authorization/kizuna");
    }

    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name)).map(HttpCookie::getValue)
                .findFirst().orElse(null);
    }

    /**
     * The same visitor, cookies and all, at another server of the portal (another instance of the web, as behind
     * the gateway; cookies do not depend on the port).
     */
    public Browser at(int port) {
        return new Browser(port, cookies);
    }

    private static URI withoutFragment(URI uri) {
        String text = uri.toString();
        int hash = text.indexOf('#');
        return hash < 0 ? uri : URI.create(text.substring(0, hash));
    }

    private URI address(String path) {
        return URI.create(path.startsWith("http") ? path : base + path);
    }

    private Page send(HttpRequest.Builder request) {
        try {
            request.header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                    .header("Accept-Language", "ja,en;q=0.8");
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            Map<String, String> headers = new LinkedHashMap<>();
            response.headers().map().forEach((name, values) -> headers.put(name.toLowerCase(), String.join(", ", values)));
            return new Page(response.statusCode(), response.uri(), headers, response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
