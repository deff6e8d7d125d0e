package jp.kizuna.events.event;

import static jp.kizuna.events.EventsTestSupport.details;
import static jp.kizuna.events.EventsTestSupport.draftBody;
import static jp.kizuna.events.EventsTestSupport.etag;
import static jp.kizuna.events.EventsTestSupport.version;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import jp.kizuna.events.EventsServiceSpec;
import jp.kizuna.platform.testing.ApiClient;
import jp.kizuna.platform.testing.TestTokens;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import tools.jackson.databind.JsonNode;

/**
 * Bad input to the events service is refused before anything is stored, with a problem naming what
 * was wrong; and a record stored in a form the service cannot read breaks neither its list nor
 * anything else.
 */
abstract class EventInputSpec extends EventsServiceSpec {

    static final String EVENTS = "/api/events";
    static final String DRAFTS = EVENTS + "?status=DRAFT&size=200";

    @Autowired
    MongoTemplate mongo;

    long storedEvents() {
        return mongo.getCollection("community_events").countDocuments();
    }

    static String onDay(String day) {
        return details("遠い未来の会", 10, null).replaceFirst("\"date\": \"[^\"]*\"", "\"date\": \"" + day + "\"");
    }

    static void assertNamesField(ApiClient.Response response, int status, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.isProblem()).as(response.body()).isTrue();
        assertThat(response.json().get("type").asString()).isNotBlank().isNotEqualTo("about:blank");
        if (field != null) {
            assertThat(response.json().get("errors").toString()).as(response.body()).contains("\"" + field + "\"");
        }
    }

    // --- a write is validated before anything is stored -----------------------------------

    @Test
    void aDraftOnADayFarInTheFutureIsRefusedAndNothingIsStored() {
        long before = storedEvents();

        ApiClient.Response draft = api.post(EVENTS, TestTokens.cityStaff(), draftBody(null, onDay("+10000-01-01")));

        assertNamesField(draft, 400, "details.schedule");
        assertThat(storedEvents()).isEqualTo(before);
        assertThat(api.get(DRAFTS, TestTokens.cityStaff()).status()).isEqualTo(200);
    }

    @Test
    void aDraftBeforeTheSupportedDaysIsRefusedAndNothingIsStored() {
        long before = storedEvents();

        ApiClient.Response draft = api.post(EVENTS, TestTokens.cityStaff(), draftBody(null, onDay("1850-05-01")));

        assertNamesField(draft, 400, "details.schedule");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aDraftOfAnUnsupportedFiscalYearIsRefusedAndNothingIsStored() {
        long before = storedEvents();
        String undated = details("年度だけの会", null, null)
                .replaceFirst("\"schedule\": \\{[^}]*}", "\"schedule\": {\"undatedFiscalYear\": 99999}");

        ApiClient.Response draft = api.post(EVENTS, TestTokens.cityStaff(), draftBody(null, undated));

        assertNamesField(draft, 400, "details.schedule");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aDeadlineFarInTheFutureIsRefused() {
        ApiClient.Response draft = api.post(EVENTS, TestTokens.cityStaff(),
                draftBody(null, details("締切の遠い会", 10, LocalDate.of(9999, 12, 31))));

        assertNamesField(draft, 400, "details.registration");
    }

    @Test
    void anEditToAFarDayIsRefusedAndTheDraftStaysAsItWas() {
        ApiClient.Response draft = api.post(EVENTS, TestTokens.cityStaff(), draftBody(null, details("編集される会", 10, null)));
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        String id = draft.json().get("id").asString();

        ApiClient.Response edit = api.put(EVENTS + "/" + id, TestTokens.cityStaff(),
                "{\"details\": " + onDay("+99999-01-01") + "}", etag(draft));

        assertNamesField(edit, 400, "details.schedule");
        ApiClient.Response after = api.get(EVENTS + "/" + id, TestTokens.cityStaff());
        assertThat(after.status()).isEqualTo(200);
        assertThat(version(after)).isEqualTo(version(draft));
        assertThat(after.json().get("details").get("title").asString()).isEqualTo("編集される会");
        assertThat(api.get(DRAFTS, TestTokens.cityStaff()).status()).isEqualTo(200);
    }

    // --- a record stored in a form the service cannot read --------------------------------

    @Test
    void aStoredDraftTheServiceCannotReadIsSkippedInListsAndAClearProblemOnItsOwn() {
        ApiClient.Response draft = api.post(EVENTS, TestTokens.cityStaff(), draftBody(null, details("壊れた会", 10, null)));
        String broken = draft.json().get("id").asString();
        ApiClient.Response other = api.post(EVENTS, TestTokens.cityStaff(), draftBody(null, details("無事な会", 10, null)));
        String intact = other.json().get("id").asString();
        // as the bug stored them before the service refused such days
        mongo.updateFirst(Query.query(Criteria.where("_id").is(broken)),
                Update.update("details.schedule.undatedFiscalYear", 99999).unset("details.schedule.date")
                        .unset("details.schedule.startTime").unset("details.schedule.endTime"), "community_events");

        ApiClient.Response list = api.get(DRAFTS, TestTokens.cityStaff());
        ApiClient.Response one = api.get(EVENTS + "/" + broken, TestTokens.cityStaff());

        assertThat(list.status()).as(list.body()).isEqualTo(200);
        assertThat(list.json().get("items").findValuesAsString("id")).contains(intact).doesNotContain(broken);
        assertThat(one.status()).as(one.body()).isEqualTo(409);
        assertThat(one.json().get("type").asString()).isEqualTo("urn:kizuna:problem:unreadable-record");
        assertThat(one.json().get("detail").asString()).contains(broken);
        ApiClient.Response metrics = api.getAccepting("/actuator/prometheus", "text/plain");
        assertThat(metrics.body()).contains("kizuna_records_unreadable_total{");
        Document stored = mongo.findById(broken, Document.class, "community_events");
        assertThat(stored).isNotNull();
        mongo.remove(Query.query(Criteria.where("_id").is(broken)), "community_events");
    }

    // --- query parameters and path variables -----------------------------------------------

    @Test
    void pagingOutsideItsRangeIsRefusedNamingTheParameter() {
        assertNamesField(api.get(EVENTS + "?size=0"), 400, "size");
        assertNamesField(api.get(EVENTS + "?size=-1"), 400, "size");
        assertNamesField(api.get(EVENTS + "?size=201"), 400, "size");
        assertNamesField(api.get(EVENTS + "?size=99999999999"), 400, "size");
        assertNamesField(api.get(EVENTS + "?page=-1"), 400, "page");
        assertNamesField(api.get(EVENTS + "?page=10000001"), 400, "page");
        assertNamesField(api.get(EVENTS + "?page=abc"), 400, "page");
    }

    @Test
    void aPageFarPastTheEndIsEmptyWithTheRightTotal() {
        JsonNode first = api.get(EVENTS + "?size=200").json();
        JsonNode far = api.get(EVENTS + "?size=200&page=10000000").json();

        assertThat(far.get("items")).isEmpty();
        assertThat(far.get("totalItems").asLong()).isEqualTo(first.get("totalItems").asLong());
        assertThat(far.get("page").asInt()).isEqualTo(10_000_000);
    }

    @Test
    void daysAndTextOutsideTheirLimitsAreRefusedNamingTheParameter() {
        assertNamesField(api.get(EVENTS + "?from=1800-01-01"), 400, "from");
        assertNamesField(api.get(EVENTS + "?to=%2B10000-01-01"), 400, "to");
        assertNamesField(api.get(EVENTS + "?from=2024-13-01"), 400, "from");
        assertNamesField(api.get(EVENTS + "?q=" + "a".repeat(101)), 400, "q");
        assertNamesField(api.get(EVENTS + "?q=%00"), 400, "q");
        assertNamesField(api.get(EVENTS + "?q=%E2%80%AE"), 400, "q");
        assertNamesField(api.get(EVENTS + "?kind=PARTY"), 400, "kind");
        assertNamesField(api.get(EVENTS + "?district=" + "a".repeat(201)), 400, "district");
        assertNamesField(api.get(EVENTS + "/%07"), 400, "id");
    }

    @Test
    void theLimitsAreInTheOpenApiDocument() {
        JsonNode list = api.get("/v3/api-docs").json().get("paths").get("/api/events").get("get");
        JsonNode size = parameter(list, "size").get("schema");
        JsonNode page = parameter(list, "page").get("schema");
        JsonNode q = parameter(list, "q").get("schema");

        assertThat(size.get("minimum").asInt()).isEqualTo(1);
        assertThat(size.get("maximum").asInt()).isEqualTo(200);
        assertThat(page.get("minimum").asInt()).isZero();
        assertThat(page.get("maximum").asInt()).isEqualTo(10_000_000);
        assertThat(q.get("maxLength").asInt()).isEqualTo(100);
        JsonNode undatedFiscalYear = api.get("/v3/api-docs").json().get("components").get("schemas").get("Schedule")
                .get("properties").get("undatedFiscalYear");
        assertThat(undatedFiscalYear.get("minimum").asInt()).isEqualTo(1989);
        assertThat(undatedFiscalYear.get("maximum").asInt()).isEqualTo(2100);
    }

    static JsonNode parameter(JsonNode operation, String name) {
        for (JsonNode parameter : operation.get("parameters")) {
            if (parameter.get("name").asString().equals(name)) {
                return parameter;
            }
        }
        throw new AssertionError("no parameter " + name);
    }

    // --- strict JSON and the text policy ---------------------------------------------------

    @Test
    void aDuplicateKeyIsRefusedNamingTheField() {
        String duplicate = details("重複の会", 10, null).replaceFirst("\"title\": \"重複の会\",",
                "\"title\": \"重複の会\", \"title\": \"別の会\",");
        long before = storedEvents();

        assertNamesField(api.post(EVENTS, TestTokens.cityStaff(), draftBody(null, duplicate)), 400, "details.title");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void valuesOfTheWrongTypeAreNotCoerced() {
        assertNamesField(api.post(EVENTS, TestTokens.cityStaff(),
                draftBody(null, details("型の会", 10, null).replace("\"capacity\": 10", "\"capacity\": 1.5"))), 400,
                "details.capacity");
        assertNamesField(api.post(EVENTS, TestTokens.cityStaff(),
                draftBody(null, details("型の会", 10, null).replace("\"capacity\": 10", "\"capacity\": \"10\""))), 400,
                "details.capacity");
        assertNamesField(api.post(EVENTS, TestTokens.cityStaff(),
                draftBody(null, details("型の会", 10, null).replace("\"title\": \"型の会\"", "\"title\": 12345"))), 400,
                "details.title");
        assertNamesField(api.post(EVENTS, TestTokens.cityStaff(),
                draftBody(null, details("型の会", 10, null).replace("\"required\": true", "\"required\": \"yes\""))), 400,
                "details.registration.required");
    }

    @Test
    void titlesWithControlBidiOrOnlyInvisibleCharactersAreRefused() {
        long before = storedEvents();
        assertNamesField(api.post(EVENTS, TestTokens.cityStaff(), draftBody(null, details("会\\u0000議", 10, null))), 400,
                "details.title");
        assertNamesField(api.post(EVENTS, TestTokens.cityStaff(), draftBody(null, details("会\\u202E議", 10, null))), 400,
                "details.title");
        assertNamesField(api.post(EVENTS, TestTokens.cityStaff(), draftBody(null, details("\\u200B\\u200B", 10, null))), 400,
                "details.title");
        assertNamesField(api.post(EVENTS, TestTokens.cityStaff(), draftBody(null, details("一行目\\n二行目", 10, null))), 400,
                "details.title");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aDescriptionMaySpanLinesAndIsStoredComposed() {
        String body = details("か\\u3099っこう祭り", 10, null)
                .replace("地域の未来を話し合います。", "一行目\\r\\n二行目");
        ApiClient.Response draft = api.post(EVENTS, TestTokens.cityStaff(), draftBody(null, body));

        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        assertThat(draft.json().get("details").get("title").asString()).isEqualTo("がっこう祭り");
        assertThat(draft.json().get("details").get("description").asString()).isEqualTo("一行目\n二行目");
    }

    // --- errors outside the controllers ----------------------------------------------------

    @Test
    void aWrongMethodIsAProblemWithAllow() {
        ApiClient.Response patch = api.send("PATCH", EVENTS + "/some-id", TestTokens.cityStaff(), "application/json", "{}");

        assertThat(patch.status()).isEqualTo(405);
        assertThat(patch.isProblem()).isTrue();
        assertThat(patch.json().get("type").asString()).isEqualTo("urn:kizuna:problem:method-not-allowed");
        assertThat(patch.header("Allow")).isPresent();
    }
}
