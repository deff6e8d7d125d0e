package jp.kizuna.subsidy.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

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

/**
 * Bad input to the subsidy service is refused before anything is stored, as a problem naming what
 * was wrong: fiscal years and days outside the supported range, amounts that are not whole yen,
 * names that break the text policy.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // without the seed budgets: their events would reach the other specifications' probes on the shared broker
        properties = "kizuna.subsidy.seed.enabled=false")
@Import(TestSecurityConfiguration.class)
abstract class SubsidyInputSpec {

    static final String PROGRAMMES = "/api/subsidies/programmes";

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient("http://localhost:" + port);
    }

    long storedProgrammes() {
        return mongo.getCollection("subsidy_programmes").countDocuments();
    }

    static String programme(String name, String fiscalYear, String envelope, String opensOn) {
        return """
                {"slug": "%s", "name": "%s", "fiscalYear": %s, "envelope": %s, "opensOn": "%s", "closesOn": "2026-09-30",
                 "eligibility": {"kinds": ["REGIONAL_MANAGEMENT_ORGANIZATION"], "activeOnly": true,
                                 "purposes": ["VISION_DRAFTING"]}}
                """.formatted("input-" + UUID.randomUUID().toString().substring(0, 8), name, fiscalYear, envelope, opensOn);
    }

    static void assertNamesField(ApiClient.Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.isProblem()).as(response.body()).isTrue();
        assertThat(response.json().get("type").asString()).isEqualTo("urn:kizuna:problem:validation-failed");
        assertThat(response.json().get("errors").findValuesAsString("field")).as(response.body()).contains(field);
    }

    @Test
    void aProgrammeOutsideTheSupportedYearsAndDaysIsRefusedAndNothingIsStored() {
        long before = storedProgrammes();

        assertNamesField(api.post(PROGRAMMES, TestTokens.cityStaff(), programme("試験補助金", "99999", "1000000", "2026-04-01")),
                "fiscalYear");
        assertNamesField(api.post(PROGRAMMES, TestTokens.cityStaff(), programme("試験補助金", "2026", "1000000", "+10000-04-01")),
                "opensOn");
        assertNamesField(api.post(PROGRAMMES, TestTokens.cityStaff(), programme("試験補助金", "2026", "1000000", "1800-04-01")),
                "opensOn");

        assertThat(storedProgrammes()).isEqualTo(before);
    }

    @Test
    void anAmountMustBeWholeYenGivenAsANumber() {
        long before = storedProgrammes();

        assertNamesField(api.post(PROGRAMMES, TestTokens.cityStaff(), programme("試験補助金", "2026", "1000000.5", "2026-04-01")),
                "envelope");
        assertNamesField(api.post(PROGRAMMES, TestTokens.cityStaff(), programme("試験補助金", "2026", "\"1000000\"", "2026-04-01")),
                "envelope");
        assertNamesField(api.post(PROGRAMMES, TestTokens.cityStaff(), programme("試験補助金", "\"2026\"", "1000000", "2026-04-01")),
                "fiscalYear");

        assertThat(storedProgrammes()).isEqualTo(before);
    }

    @Test
    void aProgrammeNameMustBeVisibleText() {
        long before = storedProgrammes();

        assertNamesField(api.post(PROGRAMMES, TestTokens.cityStaff(), programme("\\u200B", "2026", "1000000", "2026-04-01")),
                "name");
        assertNamesField(api.post(PROGRAMMES, TestTokens.cityStaff(), programme("補助金\\u202E", "2026", "1000000", "2026-04-01")),
                "name");

        assertThat(storedProgrammes()).isEqualTo(before);
    }

    @Test
    void fiscalYearsInTheUrlOutsideTheSupportedRangeAreRefused() {
        assertNamesField(api.get("/api/subsidies/budgets?fiscalYear=1800"), "fiscalYear");
        assertNamesField(api.get("/api/subsidies/budgets"), "fiscalYear");
        assertNamesField(api.get("/api/subsidies/budgets/36-2-3/99999"), "fiscalYear");
        assertNamesField(api.get("/api/subsidies/budgets/36-2-3/20x4/history"), "fiscalYear");
        assertNamesField(api.get(PROGRAMMES + "?fiscalYear=2101"), "fiscalYear");
        assertNamesField(api.get("/api/subsidies/applications?programmeId=%07", TestTokens.cityStaff()), "programmeId");
    }
}
