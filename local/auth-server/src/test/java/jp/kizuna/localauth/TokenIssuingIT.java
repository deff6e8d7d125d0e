package jp.kizuna.localauth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Machine clients (scripts, tests, {@code make token}) get tokens with the client-credentials grant. */
class TokenIssuingIT extends IssuerTestSupport {

    final HttpClient http = HttpClient.newHttpClient();
    final JsonMapper json = JsonMapper.builder().build();

    HttpResponse<String> requestToken(String clientId, String secret, String extra) throws Exception {
        String form = "grant_type=client_credentials&client_id=" + clientId + "&client_secret=" + secret + extra;
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    JsonNode claimsOf(HttpResponse<String> response) {
        String token = json.readTree(response.body()).get("access_token").asString();
        return json.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
    }

    @Test
    void aCityStaffTokenCarriesItsRoleAndTheApiAudience() throws Exception {
        HttpResponse<String> response = requestToken("kizuna-city-staff", "test-secret-city-staff", "");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode claims = claimsOf(response);
        assertThat(claims.get("roles").get(0).asString()).isEqualTo("city-staff");
        assertThat(claims.get("aud").toString()).contains("kizuna-api");
        assertThat(claims.get("iss").asString()).startsWith("http://localhost:");
        assertThat(claims.has("org_id")).isFalse();
    }

    @Test
    void aPartnerTokenIsBoundToTheOrganizationItAsksFor() throws Exception {
        JsonNode claims = claimsOf(requestToken("kizuna-partner", "test-secret-partner", "&organization_id=minato-network"));

        assertThat(claims.get("roles").get(0).asString()).isEqualTo("partner");
        assertThat(claims.get("org_id").asString()).isEqualTo("minato-network");
    }

    @Test
    void aWrongSecretGetsNoToken() throws Exception {
        HttpResponse<String> response = requestToken("kizuna-city-admin", "guess", "");

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void healthIsOpenForTheLauncherAndEverythingElseIsClosed() throws Exception {
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/actuator/health/readiness")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(health.statusCode()).isEqualTo(200);

        HttpResponse<String> other = http.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/actuator/env")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(other.statusCode()).as("refused, or sent to sign in (where it is refused again)").isIn(302, 401, 403);
        assertThat(other.body()).doesNotContain("propertySources");
    }
}
