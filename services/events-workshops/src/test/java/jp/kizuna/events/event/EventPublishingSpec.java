package jp.kizuna.events.event;

import static jp.kizuna.events.EventsTestSupport.details;
import static jp.kizuna.events.EventsTestSupport.draftBody;
import static jp.kizuna.events.EventsTestSupport.etag;
import static jp.kizuna.events.EventsTestSupport.version;
import static jp.kizuna.events.EventsTestSupport.partner;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jp.kizuna.events.EventsServiceSpec;
import jp.kizuna.events.EventsTestSupport;
import jp.kizuna.platform.contracts.Roles;
import jp.kizuna.platform.testing.ApiClient;
import jp.kizuna.platform.testing.TestTokens;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Announcing events as the city, organizations and partner NPOs do: the seed dataset served, the
 * moderation of untrusted partners, partner scope, lists and search, calendar feeds read by a real
 * iCalendar parser, and the open-data CSV.
 */
abstract class EventPublishingSpec extends EventsServiceSpec {

    ApiClient.Response step(String id, String step, String token, ApiClient.Response current, String body) {
        return api.send("POST", "/api/events/" + id + "/" + step, token, body == null ? null : "application/json", body,
                etag(current));
    }

    static List<VEvent> vevents(String ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        return calendar.getComponents(Component.VEVENT);
    }

    static String property(Component component, String name) {
        return component.<Property>getProperty(name).map(Property::getValue).orElse(null);
    }

    /** A city moderator signed in as a person. */
    static String moderator() {
        return TestTokens.forPerson(Roles.CITY_STAFF, null, "staff-7d41a9b3", "鈴木 誠（地域づくり課）");
    }

    @Test
    void theIkkiWorkshopSeriesOfTheSeedIsServedWithItsFiveSessions() {
        JsonNode series = api.get("/api/events/series/ikki-machizukuri-workshop-2024").json();

        assertThat(series.get("series").get("title").asString()).isEqualTo("一箕地区まちづくりワークショップ");
        List<String> labels = new ArrayList<>();
        series.get("sessions").forEach(s -> labels.add(s.get("session").asInt() + ":" + s.get("scheduleLabel").asString()
                + ":" + s.get("details").get("venue").get("name").asString()));
        assertThat(labels).containsExactly("1:令和6年6月21日(金) 18時30分から20時:一箕公民館",
                "2:令和6年7月10日(水) 18時30分から20時:一箕公民館", "3:令和6年8月7日(水) 18時30分から20時:一箕公民館",
                "4:令和6年9月11日(水) 18時30分から20時:一箕公民館", "5:令和6年10月予定 18時30分から20時:一箕公民館");
        JsonNode first = series.get("sessions").get(0);
        assertThat(first.get("startsAt").asString()).isEqualTo("2024-06-21T18:30:00+09:00");
        assertThat(first.get("registration").get("closesAt").asString()).isEqualTo("2024-06-19T15:00:00Z");
        assertThat(first.get("details").get("eligibility").asString()).isEqualTo("一箕地区にお住まい、または一箕地区で働いている人");
        assertThat(series.get("sessions").get(4).get("details").get("schedule").get("tentativeMonth").asString())
                .isEqualTo("2024-10");
    }

    @Test
    void theCleanupOfFiscal2023ShowsItsThirtyOneGroupsAndFiveHundredElevenParticipants() {
        JsonNode cleanup = api.get("/api/events/clean-tsurugajo-r5").json();
        JsonNode attendance = api.get("/api/events/clean-tsurugajo-r5/attendance").json();

        assertThat(cleanup.get("scheduleLabel").asString()).isEqualTo("令和5年度");
        assertThat(cleanup.get("status").asString()).isEqualTo("FINISHED");
        assertThat(attendance.get("groupCount").asInt()).isEqualTo(31);
        assertThat(attendance.get("participants").asInt()).isEqualTo(511);
        assertThat(attendance.get("reported").get("source").asString()).contains("市内31団体511名");
    }

    @Test
    void anUntrustedPartnersEventWaitsForTheCityAndIsPublicOnceApproved() {
        String organization = support.organization("湊");
        String token = partner(organization);

        ApiClient.Response draft = api.post("/api/events", token, draftBody(organization, details("湊町フォト&動画コンテスト 表彰式", 80, null)));
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        String id = draft.json().get("id").asString();
        ApiClient.Response submitted = step(id, "publication", token, draft, null);

        assertThat(submitted.json().get("status").asString()).isEqualTo("AWAITING_MODERATION");
        assertThat(api.get("/api/events/" + id).status()).isEqualTo(404);
        assertThat(api.get("/api/events/moderation", TestTokens.cityStaff()).json().findValuesAsString("id")).contains(id);
        assertThat(api.get("/api/events/moderation", token).status()).isEqualTo(403);
        assertThat(step(id, "moderation/approval", token, submitted, null).status()).isEqualTo(403);

        ApiClient.Response approved = step(id, "moderation/approval", moderator(),
                api.get("/api/events/" + id, TestTokens.cityStaff()), null);

        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(api.get("/api/events/" + id).status()).isEqualTo(200);
        JsonNode history = approved.json().get("history");
        JsonNode decision = history.get(history.size() - 1);
        assertThat(decision.get("note").asString()).isEqualTo("moderated");
        assertThat(decision.get("by").asString()).isEqualTo("staff-7d41a9b3");
        assertThat(decision.get("byName").asString()).isEqualTo("鈴木 誠（地域づくり課）");
        // the partner's own steps: its program has no name, so it is shown by its subject
        assertThat(history.get(0).get("byName").asString()).isEqualTo("test-partner");
    }

    @Test
    void aRejectedEventGoesBackToItsPartnerAsADraftWithTheReason() {
        String organization = support.organization("大戸");
        String token = partner(organization);
        ApiClient.Response draft = api.post("/api/events", token, draftBody(organization, details("おおとマルシェ", null, null)));
        String id = draft.json().get("id").asString();
        ApiClient.Response submitted = step(id, "publication", token, draft, null);

        ApiClient.Response rejected = step(id, "moderation/rejection", moderator(), submitted,
                "{\"reason\": \"会場の住所を記入してください\"}");

        assertThat(rejected.json().get("status").asString()).isEqualTo("DRAFT");
        JsonNode decision = rejected.json().get("history").get(rejected.json().get("history").size() - 1);
        assertThat(decision.get("note").asString()).isEqualTo("会場の住所を記入してください");
        assertThat(decision.get("byName").asString()).isEqualTo("鈴木 誠（地域づくり課）");
        JsonNode seenByPartner = api.get("/api/events/" + id, token).json();
        assertThat(seenByPartner.get("moderationNote").asString()).isEqualTo("会場の住所を記入してください");
    }

    @Test
    void aTrustedPartnerPublishesDirectly() {
        String organization = support.organization("河東");
        api.put("/api/events/publishers/" + organization, moderator(), "{\"trusted\": true, \"note\": \"協定締結済み\"}", null);
        JsonNode decision = java.util.stream.StreamSupport.stream(
                        api.get("/api/events/publishers", TestTokens.cityStaff()).json().spliterator(), false)
                .filter(d -> d.get("organizationId").asString().equals(organization)).findFirst().orElseThrow();
        assertThat(decision.get("decidedBy").asString()).isEqualTo("staff-7d41a9b3");
        assertThat(decision.get("decidedByName").asString()).isEqualTo("鈴木 誠（地域づくり課）");
        String token = partner(organization);
        ApiClient.Response draft = api.post("/api/events", token, draftBody(organization, details("地域クリーン大作戦", null, null)));

        ApiClient.Response submitted = step(draft.json().get("id").asString(), "publication", token, draft, null);

        assertThat(submitted.json().get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(api.put("/api/events/publishers/" + organization, token, "{\"trusted\": true}", null).status())
                .isEqualTo(403);
    }

    @Test
    void anUntrustedPartnersChangeToAPublishedEventWaitsWhileThePublicSeesThePublishedOne() {
        String organization = support.organization("北会津");
        String id = support.publishedEvent(organization, details("ふれあいコンサート", 100, null));
        String token = partner(organization);
        ApiClient.Response current = api.get("/api/events/" + id, token);

        ApiClient.Response edited = api.put("/api/events/" + id, token,
                "{\"details\": " + details("ふれあいコンサート（会場変更）", 100, null) + "}", etag(current));

        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(edited.json().get("pendingDetails").get("title").asString()).isEqualTo("ふれあいコンサート（会場変更）");
        assertThat(api.get("/api/events/" + id).json().get("details").get("title").asString()).isEqualTo("ふれあいコンサート");
        ApiClient.Response approved = step(id, "moderation/approval", TestTokens.cityStaff(), edited, null);
        assertThat(approved.json().get("details").get("title").asString()).isEqualTo("ふれあいコンサート（会場変更）");
        assertThat(approved.json().get("revision").asInt()).isEqualTo(2);
    }

    @Test
    void partnerACannotTouchPartnerBsEvents() {
        String a = support.organization("湊");
        String b = support.organization("大戸");
        String bEvent = support.publishedEvent(b, details("健康教室", 20, null));
        ApiClient.Response current = api.get("/api/events/" + bEvent, TestTokens.cityStaff());

        ApiClient.Response edit = api.put("/api/events/" + bEvent, partner(a), "{\"details\": " + details("乗っ取り", 20, null) + "}",
                etag(current));
        ApiClient.Response cancel = step(bEvent, "cancellation", partner(a), current, "{\"reason\": \"x\"}");
        ApiClient.Response createForB = api.post("/api/events", partner(a), draftBody(b, details("なりすまし", 20, null)));
        ApiClient.Response roster = api.get("/api/events/" + bEvent + "/registrations", partner(a));

        assertThat(List.of(edit, cancel, createForB, roster)).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(403);
            assertThat(r.isProblem()).isTrue();
        });
        assertThat(api.get("/api/events/" + bEvent).json().get("details").get("title").asString()).isEqualTo("健康教室");
    }

    @Test
    void residentsCannotAnnounceEvents() {
        ApiClient.Response draft = api.post("/api/events", EventsTestSupport.resident("x"), draftBody(null, details("x", 1, null)));

        assertThat(draft.status()).isEqualTo(403);
    }

    @Test
    void writesWithoutIfMatchOrWithAStaleOneAreRefused() {
        String id = support.publishedEvent(null, details("説明会", 30, null));
        String body = "{\"details\": " + details("説明会（改）", 30, null) + "}";

        ApiClient.Response without = api.put("/api/events/" + id, TestTokens.cityStaff(), body, null);
        ApiClient.Response stale = api.put("/api/events/" + id, TestTokens.cityStaff(), body, "\"0\"");

        assertThat(without.status()).isEqualTo(428);
        assertThat(stale.status()).isEqualTo(412);
    }

    @Test
    void badEventsAreProblemsNamingTheField() {
        String bothDays = details("x", 10, null).replace("\"schedule\": {\"date\"",
                "\"schedule\": {\"tentativeMonth\": \"2024-10\", \"date\"");
        ApiClient.Response schedule = api.post("/api/events", TestTokens.cityStaff(), draftBody(null, bothDays));
        ApiClient.Response capacity = api.post("/api/events", TestTokens.cityStaff(), draftBody(null, details("x", 0, null)));
        ApiClient.Response kind = api.post("/api/events", TestTokens.cityStaff(),
                draftBody(null, details("x", 10, null).replace("WORKSHOP", "PARTY")));

        assertThat(List.of(schedule, capacity, kind)).allSatisfy(r -> {
            assertThat(r.status()).as(r.body()).isEqualTo(400);
            assertThat(r.isProblem()).isTrue();
        });
        assertThat(capacity.body()).contains("capacity");
        assertThat(schedule.body()).contains("schedule");
    }

    @Test
    void listsFindEventsByDistrictKindAndJapaneseText() {
        String organization = support.organization("一箕");
        String id = support.publishedEvent(organization, details("一箕スマホ教室", 15, null).replace("WORKSHOP", "CLASS"));

        JsonNode byDistrict = api.get("/api/events?district=一箕&kind=CLASS&size=200").json();
        JsonNode byKana = api.get("/api/events?q=すまほ&size=200").json();
        JsonNode byWidth = api.get("/api/events?q=ｽﾏﾎ&size=200").json();
        JsonNode elsewhere = api.get("/api/events?district=湊&size=200").json();

        assertThat(byDistrict.get("items").findValuesAsString("id")).contains(id);
        assertThat(byKana.get("items").findValuesAsString("id")).contains(id);
        assertThat(byWidth.get("items").findValuesAsString("id")).contains(id);
        assertThat(elsewhere.get("items").findValuesAsString("id")).doesNotContain(id);
    }

    @Test
    void calendarFeedsAreReadByACalendarParser() throws Exception {
        String organization = support.organization("一箕");
        String id = support.publishedEvent(organization, details("一箕地区防災訓練", 40, LocalDate.now().plusDays(10), null, false)
                .replace("WORKSHOP", "MEETING"));

        ApiClient.Response all = api.getAccepting("/api/events/feeds/all.ics", "text/calendar");
        ApiClient.Response district = api.getAccepting("/api/events/feeds/districts/一箕.ics", "text/calendar");
        ApiClient.Response ofOrganization = api.getAccepting("/api/events/feeds/organizations/" + organization + ".ics",
                "text/calendar");
        ApiClient.Response series = api.getAccepting("/api/events/feeds/series/ikki-machizukuri-workshop-2024.ics",
                "text/calendar");

        assertThat(all.contentType()).startsWith("text/calendar");
        assertThat(vevents(all.body())).extracting(e -> property(e, Property.UID)).contains(id + "@events.kizuna.city.aizuwakamatsu.jp");
        VEvent mine = vevents(ofOrganization.body()).getFirst();
        assertThat(property(mine, Property.SUMMARY)).isEqualTo("一箕地区防災訓練");
        assertThat(property(mine, Property.URL)).as("the portal's page of the event").endsWith("/events/" + id)
                .doesNotContain("/api/");
        assertThat(vevents(district.body())).extracting(e -> property(e, Property.UID))
                .contains(id + "@events.kizuna.city.aizuwakamatsu.jp", "ikki-workshop-2024-1@events.kizuna.city.aizuwakamatsu.jp");
        assertThat(vevents(series.body())).extracting(e -> property(e, Property.SUMMARY)).containsExactly(
                "一箕地区まちづくりワークショップ 第1回", "一箕地区まちづくりワークショップ 第2回", "一箕地区まちづくりワークショップ 第3回",
                "一箕地区まちづくりワークショップ 第4回");
    }

    @Test
    void oneEventCanBeAddedToACalendarButNotADraft() throws Exception {
        String organization = support.organization("一箕");
        String id = support.publishedEvent(organization, details("一箕地区 秋の交流会", 40, LocalDate.now().plusDays(12), null, false));

        ApiClient.Response one = api.getAccepting("/api/events/feeds/events/" + id + ".ics", "text/calendar");

        assertThat(one.status()).isEqualTo(200);
        assertThat(one.header("Content-Disposition")).hasValueSatisfying(value -> assertThat(value).contains(id + ".ics"));
        assertThat(vevents(one.body())).extracting(e -> property(e, Property.SUMMARY)).containsExactly("一箕地区 秋の交流会");
        String draft = api.post("/api/events", TestTokens.cityStaff(), EventsTestSupport.draftBody(organization,
                details("一箕地区 下書き", 10, LocalDate.now().plusDays(20), null, false))).json().get("id").asString();
        assertThat(api.getAccepting("/api/events/feeds/events/" + draft + ".ics", "text/calendar").status()).isEqualTo(404);
        assertThat(api.getAccepting("/api/events/feeds/events/no-such-event.ics", "text/calendar").status()).isEqualTo(404);
    }

    @Test
    void theLatestEventsComeFirstWhenAskedFor() {
        JsonNode soonest = api.get("/api/events?seriesId=ikki-machizukuri-workshop-2024&size=5").json();
        JsonNode latest = api.get("/api/events?seriesId=ikki-machizukuri-workshop-2024&size=5&order=desc").json();

        assertThat(soonest.get("items").findValuesAsString("id")).first().isEqualTo("ikki-workshop-2024-1");
        assertThat(latest.get("items").findValuesAsString("id")).first().isEqualTo("ikki-workshop-2024-5");
        ApiClient.Response refused = api.get("/api/events?order=sideways");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("order");
    }

    @Test
    void theOpenDataListHasThePublishedLayout() {
        ApiClient.Response csv = api.getAccepting("/api/events/open-data/events.csv", "text/csv");

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        String[] lines = csv.body().split("\r\n");
        assertThat(lines[0]).isEqualTo("\uFEFF" + jp.kizuna.events.feed.EventListCsvTest.PUBLISHED_HEADER);
        assertThat(csv.body()).contains("ikki-workshop-2024-1", "2024-06-21", "18:30", "一箕公民館", "令和6年10月予定 18時30分から20時");
    }

    @Test
    void anEventsETagChangesWhenItsSeatCountsDoWhileItsVersionStays() {
        String id = support.publishedEvent(support.organization("一箕"), details("ETagの確認会", 10, null));
        ApiClient.Response before = api.get("/api/events/" + id);
        String tag = before.header("ETag").orElseThrow();
        assertThat(api.getIfNoneMatch("/api/events/" + id, null, tag).status()).isEqualTo(304);

        assertThat(support.signUp(id, EventsTestSupport.resident("etag"), "会津 花子", false).status()).isEqualTo(201);

        ApiClient.Response after = api.getIfNoneMatch("/api/events/" + id, null, tag);
        assertThat(after.status()).isEqualTo(200);
        assertThat(after.json().get("registration").get("confirmed").asInt()).isEqualTo(1);
        String newTag = after.header("ETag").orElseThrow();
        assertThat(newTag).isNotEqualTo(tag);
        // a sign-up is no change of the event by its organizer: the version in the tag, which If-Match checks, stays
        assertThat(newTag.substring(0, newTag.indexOf('.'))).isEqualTo(tag.substring(0, tag.indexOf('.')));
    }

    @Test
    void everythingAPartnerDoesIsInTheOpenApiDocumentWithExamples() {
        JsonNode paths = api.get("/v3/api-docs").json().get("paths");
        List<String[]> partnerWrites = List.of(new String[] {"/api/events", "post"}, new String[] {"/api/events/{id}", "put"},
                new String[] {"/api/events/{id}/cancellation", "post"}, new String[] {"/api/events/series", "post"},
                new String[] {"/api/events/series/{id}", "put"},
                new String[] {"/api/events/{eventId}/registrations", "post"},
                new String[] {"/api/events/{eventId}/attendance/check-ins", "post"},
                new String[] {"/api/events/{eventId}/attendance/counts", "put"});
        List<String[]> partnerSteps = List.of(new String[] {"/api/events/{id}", "get"},
                new String[] {"/api/events/{id}/publication", "post"}, new String[] {"/api/events/{id}/completion", "post"},
                new String[] {"/api/events/{eventId}/registrations", "get"}, new String[] {"/api/events/{eventId}/attendance", "get"});

        for (String[] write : partnerWrites) {
            JsonNode operation = paths.get(write[0]).get(write[1]);
            assertThat(operation.get("summary").asString()).as(write[0]).isNotBlank();
            JsonNode json = operation.get("requestBody").get("content").get("application/json");
            assertThat(json.get("examples").size()).as(write[0] + " examples").isPositive();
            assertThat(json.has("schema")).as(write[0] + " schema").isTrue();
        }
        for (String[] step : partnerSteps) {
            assertThat(paths.get(step[0]).get(step[1]).get("summary").asString()).as(step[0]).isNotBlank();
        }
        assertThat(paths.get("/api/events").get("post").get("requestBody").get("content").get("application/json")
                .get("examples").get("workshop").get("value").toString()).contains("一箕公民館");
    }

    @Test
    void aSeriesIsRenamedAtTheVersionItsOrganizerReadAndAStaleChangeIsRefused() {
        String organization = support.organization("門田");
        String token = partner(organization);
        ApiClient.Response created = api.post("/api/events/series", token,
                "{\"organizerId\": \"" + organization + "\", \"title\": \"門田 健康講座\"}");
        String id = created.json().get("series").get("id").asString();
        ApiClient.Response read = api.get("/api/events/series/" + id);
        assertThat(version(read)).isEqualTo(version(created));

        ApiClient.Response changed = api.put("/api/events/series/" + id, token,
                "{\"title\": \"門田 健康講座（全3回）\", \"titleEn\": \"Monden health classes\", \"description\": \"どなたでも\"}",
                etag(read));
        ApiClient.Response stale = api.put("/api/events/series/" + id, token, "{\"title\": \"古い版からの変更\"}", etag(read));
        ApiClient.Response without = api.put("/api/events/series/" + id, token, "{\"title\": \"x\"}", null);

        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.header("ETag").orElseThrow()).isNotEqualTo(etag(read));
        assertThat(stale.status()).isEqualTo(412);
        assertThat(without.status()).isEqualTo(428);
        JsonNode now = api.get("/api/events/series/" + id).json().get("series");
        assertThat(now.get("title").asString()).isEqualTo("門田 健康講座（全3回）");
        assertThat(now.get("titleEn").asString()).isEqualTo("Monden health classes");
        assertThat(now.get("organizerId").asString()).isEqualTo(organization);
    }

    @Test
    void aSeriesIsChangedOnlyByThoseWhoManageItsEventsAndNeverBlank() {
        String a = support.organization("城西");
        String b = support.organization("謹教");
        ApiClient.Response created = api.post("/api/events/series", partner(b),
                "{\"organizerId\": \"" + b + "\", \"title\": \"謹教 こども教室\"}");
        String id = created.json().get("series").get("id").asString();

        ApiClient.Response byOther = api.put("/api/events/series/" + id, partner(a), "{\"title\": \"乗っ取り\"}", etag(created));
        ApiClient.Response blank = api.put("/api/events/series/" + id, partner(b), "{\"title\": \" \"}", etag(created));
        ApiClient.Response byStaff = api.put("/api/events/series/" + id, TestTokens.cityStaff(),
                "{\"title\": \"謹教 こども教室（夏）\"}", etag(created));

        assertThat(byOther.status()).isEqualTo(403);
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.body()).contains("title");
        assertThat(byStaff.status()).as(byStaff.body()).isEqualTo(200);
        assertThat(api.get("/api/events/series/" + id).json().get("series").get("title").asString()).isEqualTo("謹教 こども教室（夏）");
    }

    @Test
    void draftsAreSeenOnlyByThoseWhoManageThem() {
        String organization = support.organization("永和");
        ApiClient.Response draft = api.post("/api/events", EventsTestSupport.orgAdmin(organization),
                draftBody(organization, details("夏まつり打合せ", 10, LocalDate.now().plusDays(3), null, false)));
        String id = draft.json().get("id").asString();

        assertThat(api.get("/api/events/" + id).status()).isEqualTo(404);
        assertThat(api.get("/api/events/" + id, partner("someone-else")).status()).isEqualTo(404);
        assertThat(api.get("/api/events/" + id, EventsTestSupport.orgAdmin(organization)).status()).isEqualTo(200);
        assertThat(api.get("/api/events?status=DRAFT&size=200", EventsTestSupport.orgAdmin(organization)).json().get("items")
                .findValuesAsString("id")).contains(id);
        assertThat(api.get("/api/events?status=DRAFT", EventsTestSupport.resident("x")).status()).isEqualTo(403);
        assertThat(api.get("/api/events?status=,", EventsTestSupport.resident("x")).status())
                .as("an empty status names none: the public events").isEqualTo(200);
    }
}
