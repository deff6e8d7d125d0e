package jp.kizuna.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gets bearer tokens from the local stack's authorization server: a machine client's with the
 * client-credentials grant (one per role, {@code make token ROLE=…}), or a person's through the sign-in
 * form ({@code make token AS=<e-mail>}). What `make token` prints and what the end-to-end tests use.
 */
public final class LocalTokens {

    public static final List<String> ROLES = List.of("city-admin", "city-staff", "org-admin", "partner", "resident");
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    private final StackSettings settings;

    public LocalTokens(StackSettings settings) {
        this.settings = settings;
    }

    /**
     * @param organizationId for org-admin and partner: the organization the token acts for
     *                       ({@code null} for the issuer's default)
     */
    public String issue(String role, String organizationId) {
        if (!ROLES.contains(role)) {
            throw new StackException("unknown role '" + role + "'; roles: " + String.join(", ", ROLES));
        }
        StringBuilder form = new StringBuilder("grant_type=client_credentials")
                .append("&client_id=kizuna-").append(role)
                .append("&client_secret=").append(URLEncoder.encode(secret() + "-" + role, StandardCharsets.UTF_8));
        if (organizationId != null && !organizationId.isBlank()) {
            form.append("&organization_id=").append(URLEncoder.encode(organizationId, StandardCharsets.UTF_8));
        }
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + settings.ports().auth() + "/oauth2/token"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString()))
                .build();
        try {
            HttpResponse<String> response = ReadinessProbe.HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            Matcher matcher = ACCESS_TOKEN.matcher(response.body());
            if (response.statusCode() != 200 || !matcher.find()) {
                throw new StackException("the token issuer answered " + response.statusCode() + ": " + response.body());
            }
            return matcher.group(1);
        } catch (IOException e) {
            throw new StackException("the token issuer at " + settings.issuerUri()
                    + " is not reachable; is the stack running (`make run`)?", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("interrupted", e);
        }
    }

    /** A person's access token, signed in with their e-mail and password as the web portal signs people in. */
    public String forPerson(String email, String password) {
        if (email == null || email.isBlank() || password == null || password.isEmpty()) {
            throw new StackException("usage: make token AS=<e-mail> PASSWORD=<password> (the README lists the demo people)");
        }
        return new PersonSignIn(settings, secret() + "-web").accessToken(email.strip(), password);
    }

    private String secret() {
        Path file = settings.clientSecretFile();
        if (!Files.exists(file)) {
            throw new StackException("no local stack has run from " + settings.dataDir() + " yet; start it with `make run`.");
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new StackException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
