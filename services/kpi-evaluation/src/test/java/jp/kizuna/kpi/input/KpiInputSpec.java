package jp.kizuna.kpi.input;

import static org.assertj.core.api.Assertions.assertThat;

import jp.kizuna.platform.testing.ApiClient;
import jp.kizuna.platform.testing.TestSecurityConfiguration;
import jp.kizuna.platform.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * Bad input to the KPI service is refused as a problem naming what was wrong, and changes nothing:
 * fiscal years outside 1989–2100 in every place that takes one, values that are not plain bounded
 * numbers, texts that break the text policy.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestSecurityConfiguration.class)
abstract class KpiInputSpec {

    static final String MEMBERSHIP = "/api/kpi/indicators/membership-rate";

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient("http://localhost:" + port);
    }

    static void assertNamesField(ApiClient.Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.isProblem()).as(response.body()).isTrue();
        assertThat(response.json().get("type").asString()).isEqualTo("urn:kizuna:problem:validation-failed");
        assertThat(response.json().get("errors").findValuesAsString("field")).as(response.body()).contains(field);
    }

    @Test
    void fiscalYearsOutsideTheSupportedRangeAreRefusedWhereverTheyAreGiven() {
        String etag = api.get(MEMBERSHIP).header("ETag").orElseThrow();

        assertNamesField(api.get("/api/kpi/indicators?fiscalYear=1800"), "fiscalYear");
        assertNamesField(api.get(MEMBERSHIP + "?fiscalYear=99999"), "fiscalYear");
        assertNamesField(api.get(MEMBERSHIP + "?fiscalYear=-1"), "fiscalYear");
        assertNamesField(api.get("/api/kpi/participation?fiscalYear=1988"), "fiscalYear");
        assertNamesField(api.getAccepting("/api/kpi/policy-fields/36/sheet?fiscalYear=2101", "text/html"), "fiscalYear");
        assertNamesField(api.put(MEMBERSHIP + "/targets/99999", TestTokens.cityStaff(), "{\"value\": 92.0}", etag), "fiscalYear");
        assertNamesField(api.put(MEMBERSHIP + "/actuals/abc", TestTokens.cityStaff(), "{\"value\": 92.0}", etag), "fiscalYear");

        assertThat(api.get(MEMBERSHIP).header("ETag")).hasValue(etag);
    }

    @Test
    void aValueMustBeAPlainBoundedNumber() {
        String etag = api.get(MEMBERSHIP).header("ETag").orElseThrow();

        assertNamesField(api.put(MEMBERSHIP + "/actuals/2024", TestTokens.cityStaff(), "{\"value\": 1e-999999999}", etag), "value");
        assertNamesField(api.put(MEMBERSHIP + "/actuals/2024", TestTokens.cityStaff(), "{\"value\": -1e999999}", etag), "value");
        assertNamesField(api.put(MEMBERSHIP + "/actuals/2024", TestTokens.cityStaff(), "{\"value\": \"92\"}", etag), "value");
        assertNamesField(api.put(MEMBERSHIP + "/actuals/2024", TestTokens.cityStaff(), "{\"value\": true}", etag), "value");
        assertNamesField(api.put(MEMBERSHIP + "/actuals/2024", TestTokens.cityStaff(),
                "{\"value\": 91.5, \"value\": 12}", etag), "value");

        assertThat(api.get(MEMBERSHIP).header("ETag")).hasValue(etag);
    }

    @Test
    void aVerificationTextWithControlOrBidiCharactersIsRefusedButMaySpanLines() {
        String etag = api.get(MEMBERSHIP).header("ETag").orElseThrow();

        assertNamesField(api.put(MEMBERSHIP + "/verification", TestTokens.cityStaff(), "{\"text\": \"加入率\\u0000\"}", etag),
                "text");
        assertNamesField(api.put(MEMBERSHIP + "/verification", TestTokens.cityStaff(), "{\"text\": \"加入率\\u202E\"}", etag),
                "text");
        assertThat(api.get(MEMBERSHIP).header("ETag")).hasValue(etag);

        ApiClient.Response lines = api.put(MEMBERSHIP + "/verification", TestTokens.cityStaff(),
                "{\"text\": \"一行目\\r\\n二行目\"}", etag);
        assertThat(lines.status()).as(lines.body()).isEqualTo(200);
    }

    @Test
    void theFiscalYearLimitsAreInTheOpenApiDocument() {
        var parameters = api.get("/v3/api-docs").json().get("paths").get("/api/kpi/participation").get("get").get("parameters");

        assertThat(parameters.get(0).get("name").asString()).isEqualTo("fiscalYear");
        assertThat(parameters.get(0).get("schema").get("minimum").asInt()).isEqualTo(1989);
        assertThat(parameters.get(0).get("schema").get("maximum").asInt()).isEqualTo(2100);
    }
}
