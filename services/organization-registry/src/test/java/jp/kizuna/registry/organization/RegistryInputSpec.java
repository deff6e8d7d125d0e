package jp.kizuna.registry.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import jp.kizuna.platform.testing.ApiClient;
import jp.kizuna.platform.testing.TestSecurityConfiguration;
import jp.kizuna.platform.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bad input to the register is refused before anything is stored, as a problem naming what was
 * wrong: parameters out of range, lenient JSON, text that would spoof a name, and requests so
 * malformed that the servlet container refuses them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestSecurityConfiguration.class)
abstract class RegistryInputSpec {

    static final String ORGANIZATIONS = "/api/registry/organizations";

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient("http://localhost:" + port);
    }

    long storedOrganizations() {
        return mongo.getCollection("organizations").countDocuments();
    }

    static String organization(String name, String kana, String foundedOn) {
        return """
                {"name": "%s", "nameKana": "%s", "kind": "NEIGHBORHOOD_ASSOCIATION", "districts": ["大戸"],
                 "foundedOn": %s}
                """.formatted(name, kana, foundedOn);
    }

    static void assertNamesField(ApiClient.Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.isProblem()).as(response.body()).isTrue();
        assertThat(response.json().get("type").asString()).isEqualTo("urn:kizuna:problem:validation-failed");
        assertThat(response.json().get("errors").findValuesAsString("field")).as(response.body()).contains(field);
    }

    // --- names the register would show -----------------------------------------------------

    @Test
    void aNameOfZeroWidthSpacesIsRefusedAndNothingIsStored() {
        long before = storedOrganizations();

        assertNamesField(api.post(ORGANIZATIONS, TestTokens.cityStaff(),
                organization("\\u200B\\u200B\\u200B", "てすと", "\"2024-04\"")), "name");
        assertNamesField(api.post(ORGANIZATIONS, TestTokens.cityStaff(),
                organization("\\u3000", "てすと", "\"2024-04\"")), "name");

        assertThat(storedOrganizations()).isEqualTo(before);
    }

    @Test
    void aNameWithABidirectionalOverrideOrAControlCharacterIsRefused() {
        long before = storedOrganizations();

        assertNamesField(api.post(ORGANIZATIONS, TestTokens.cityStaff(),
                organization("公式\\u202E会議協", "てすと", "\"2024-04\"")), "name");
        assertNamesField(api.post(ORGANIZATIONS, TestTokens.cityStaff(),
                organization("湊町内会\\u0007", "てすと", "\"2024-04\"")), "name");
        assertNamesField(api.post(ORGANIZATIONS, TestTokens.cityStaff(),
                organization("湊町内会", "て\\u2066すと", "\"2024-04\"")), "nameKana");

        assertThat(storedOrganizations()).isEqualTo(before);
    }

    @Test
    void aNameIsStoredComposed() {
        ApiClient.Response created = api.post(ORGANIZATIONS, TestTokens.cityStaff(),
                organization("か\\u3099っこう前町内会", "がっこうまえちょうないかい", "\"2024-04\""));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("name").asString()).isEqualTo("がっこう前町内会");
    }

    @Test
    void aFoundingDateBeyondTheSupportedYearsIsRefused() {
        ApiClient.Response far = api.post(ORGANIZATIONS, TestTokens.cityStaff(), organization("未来町内会", "みらい", "\"9999-01\""));

        assertNamesField(far, "foundedOn");
    }

    // --- strict JSON ---------------------------------------------------------------------------

    @Test
    void aDuplicateKeyIsRefusedNamingTheField() {
        String duplicate = organization("湊町内会", "みなと", "\"2024-04\"").replace("\"name\": \"湊町内会\",",
                "\"name\": \"湊町内会\", \"name\": \"別の町内会\",");
        long before = storedOrganizations();

        assertNamesField(api.post(ORGANIZATIONS, TestTokens.cityStaff(), duplicate), "name");
        assertThat(storedOrganizations()).isEqualTo(before);
    }

    @Test
    void aNumberIsNotANameAndAYearIsNotADate() {
        assertNamesField(api.post(ORGANIZATIONS, TestTokens.cityStaff(), organization("湊町内会", "みなと", "2024")
                .replace("\"name\": \"湊町内会\"", "\"name\": 12345")), "name");
        assertNamesField(api.post(ORGANIZATIONS, TestTokens.cityStaff(), organization("湊町内会", "みなと", "2024")),
                "foundedOn");
    }

    // --- query parameters and path variables ----------------------------------------------

    @Test
    void pagingAndFiscalYearsOutsideTheirRangeAreRefusedNamingTheParameter() {
        assertNamesField(api.get(ORGANIZATIONS + "?size=0"), "size");
        assertNamesField(api.get(ORGANIZATIONS + "?size=201"), "size");
        assertNamesField(api.get(ORGANIZATIONS + "?page=-1"), "page");
        assertNamesField(api.get(ORGANIZATIONS + "?page=99999999999"), "page");
        assertNamesField(api.get("/api/registry/membership-reports?fiscalYear=-5"), "fiscalYear");
        assertNamesField(api.get("/api/registry/membership-reports?fiscalYear=2023&size=500"), "size");
        assertNamesField(api.get("/api/registry/membership-rates?fiscalYear=99999"), "fiscalYear");
        assertNamesField(api.get("/api/registry/membership-rates"), "fiscalYear");
        assertNamesField(api.get(ORGANIZATIONS + "/minato/membership-reports/1850"), "fiscalYear");
        assertNamesField(api.get(ORGANIZATIONS + "/minato/membership-reports/abc"), "fiscalYear");
        assertNamesField(api.get("/api/registry/placements?fiscalYear=3000"), "fiscalYear");
        assertNamesField(api.get("/api/registry/placements?status=SOMETIMES"), "status");
    }

    @Test
    void aSearchTextWithControlCharactersOrTooLongIsRefused() {
        assertNamesField(api.get(ORGANIZATIONS + "?q=%00"), "q");
        assertNamesField(api.get(ORGANIZATIONS + "?q=%E2%80%AE"), "q");
        assertNamesField(api.get(ORGANIZATIONS + "?q=" + "み".repeat(101)), "q");
        assertNamesField(api.get(ORGANIZATIONS + "/" + "a".repeat(201)), "id");
        ApiClient.Response newline = api.get(ORGANIZATIONS + "/%0Aminato");
        assertThat(newline.status()).isEqualTo(400);
        assertThat(newline.json().get("type").asString()).isEqualTo("urn:kizuna:problem:malformed-request");
    }

    @Test
    void aPageFarPastTheEndIsEmptyWithTheRightTotal() {
        JsonNode first = api.get(ORGANIZATIONS + "?size=200").json();
        JsonNode far = api.get(ORGANIZATIONS + "?size=200&page=10000000").json();

        assertThat(far.get("items")).isEmpty();
        assertThat(far.get("totalItems").asLong()).isEqualTo(first.get("totalItems").asLong());
    }

    // --- errors outside the controllers ----------------------------------------------------

    @Test
    void aWrongMethodIsAProblemWithAllow() {
        ApiClient.Response delete = api.send("DELETE", ORGANIZATIONS, TestTokens.cityStaff(), null, null);

        assertThat(delete.status()).isEqualTo(405);
        assertThat(delete.json().get("type").asString()).isEqualTo("urn:kizuna:problem:method-not-allowed");
        assertThat(delete.header("Allow").orElseThrow()).contains("GET").contains("POST");
    }

    @Test
    void aRequestTheServletContainerRefusesIsStillAProblemDocument() throws IOException {
        for (String target : new String[] {ORGANIZATIONS + "/%zz", ORGANIZATIONS + "/<script>", ORGANIZATIONS + "?q=%zz"}) {
            String answer = raw("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

            assertThat(answer).as(target).startsWith("HTTP/1.1 400");
            assertThat(answer).as(target).containsIgnoringCase("Content-Type: application/problem+json");
            assertThat(answer).as(target).doesNotContain("<html").doesNotContain("Apache Tomcat");
            // the body may come in one chunk: the JSON object is all of it
            JsonNode problem = JsonMapper.builder().build().readTree(answer.substring(answer.indexOf('{'),
                    answer.lastIndexOf('}') + 1));
            assertThat(problem.get("type").asString()).as(target).startsWith("urn:kizuna:problem:");
            assertThat(problem.get("status").asInt()).isEqualTo(400);
        }
    }

    @Test
    void aNumberIsReadInDecimalOnly() {
        assertNamesField(api.get(ORGANIZATIONS + "?page=0x10"), "page");
        assertNamesField(api.get(ORGANIZATIONS + "?size=%2310"), "size");
        assertNamesField(api.get(ORGANIZATIONS + "?size=+10"), "size");
        assertThat(api.get(ORGANIZATIONS + "?size=010").json().get("size").asInt()).isEqualTo(10);
    }

    // --- headers ---------------------------------------------------------------------------

    @Test
    void aWriteWhoseAnswerTheClientCannotAcceptIsRefusedBeforeAnythingIsStored() throws IOException {
        long before = storedOrganizations();
        String body = organization("会津テスト町内会", "あいづてすとちょうないかい", "\"2024-04\"");

        for (String accept : new String[] {"application/x-drill;q=zz", "image/png", "text/html"}) {
            String answer = raw(("POST " + ORGANIZATIONS + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                    + "Authorization: Bearer " + TestTokens.cityStaff() + "\r\nAccept: " + accept + "\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + body.getBytes(StandardCharsets.UTF_8).length
                    + "\r\n\r\n" + body).getBytes(StandardCharsets.UTF_8));

            assertThat(answer).as(accept).startsWith("HTTP/1.1 406");
            assertThat(problemIn(answer).get("type").asString()).as(accept).isEqualTo("urn:kizuna:problem:not-acceptable");
        }
        assertThat(storedOrganizations()).isEqualTo(before);
    }

    @Test
    void anIfMatchWithCharactersNoETagHasIsAProblemAndChangesNothing() throws IOException {
        JsonNode created = api.post(ORGANIZATIONS, TestTokens.cityStaff(),
                organization("会津タグ町内会", "あいづたぐちょうないかい", "\"2024-04\"")).json();
        String id = created.get("id").asString();
        String body = "{\"name\": \"会津タグ改町内会\", \"nameKana\": \"あいづたぐかいちょうないかい\"}";

        for (String ifMatch : new String[] {"\"\u2066会津\"", "\"\u0083湊地区\"", "\"\u202E1\""}) {
            String answer = raw(("PUT " + ORGANIZATIONS + "/" + id + "/name HTTP/1.1\r\nHost: localhost\r\n"
                    + "Connection: close\r\nAuthorization: Bearer " + TestTokens.cityStaff() + "\r\nIf-Match: " + ifMatch
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + body.getBytes(StandardCharsets.UTF_8).length
                    + "\r\n\r\n" + body).getBytes(StandardCharsets.UTF_8));

            assertThat(answer).as(ifMatch).startsWith("HTTP/1.1 400");
            assertThat(problemIn(answer).get("type").asString()).isEqualTo("urn:kizuna:problem:malformed-request");
        }
        assertThat(api.get(ORGANIZATIONS + "/" + id).json().get("version").asLong())
                .isEqualTo(created.get("version").asLong());
    }

    static JsonNode problemIn(String answer) {
        assertThat(answer).containsIgnoringCase("Content-Type: application/problem+json");
        return JsonMapper.builder().build().readTree(answer.substring(answer.indexOf('{'), answer.lastIndexOf('}') + 1));
    }

    String raw(String request) throws IOException {
        return raw(request.getBytes(StandardCharsets.ISO_8859_1));
    }

    String raw(byte[] request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        }
    }
}
