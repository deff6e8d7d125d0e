package jp.kizuna.events.registration;

import static jp.kizuna.events.EventsTestSupport.details;
import static jp.kizuna.events.EventsTestSupport.etag;
import static jp.kizuna.events.EventsTestSupport.resident;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jp.kizuna.events.EventsServiceSpec;
import jp.kizuna.events.EventsTestSupport;
import jp.kizuna.platform.contracts.EventTypes;
import jp.kizuna.platform.contracts.Topics;
import jp.kizuna.platform.events.CloudEventCodec;
import jp.kizuna.platform.events.ReceivedEvent;
import jp.kizuna.platform.security.Roles;
import jp.kizuna.platform.testing.ApiClient;
import jp.kizuna.platform.testing.TestTokens;
import jp.kizuna.platform.testing.TopicProbe;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Signing up as residents do, on the phone through staff, for a series; capacity that holds under a
 * rush; the waitlist served in order; deadlines; cancellation, also of the whole event; attendance;
 * and the repair of a sign-up interrupted by a crash.
 */
@TestPropertySource(properties = "kizuna.events.reconcile-interval=PT1H")
abstract class RegistrationSpec extends EventsServiceSpec {

    @Autowired
    RegistrationReconciler reconciler;

    @Autowired
    MongoTemplate mongo;

    List<JsonNode> roster(String eventId) {
        List<JsonNode> roster = new ArrayList<>();
        api.get("/api/events/" + eventId + "/registrations", TestTokens.cityStaff()).json().forEach(roster::add);
        return roster;
    }

    static List<JsonNode> withStatus(List<JsonNode> roster, String status) {
        return roster.stream().filter(r -> r.get("status").asString().equals(status)).toList();
    }

    ApiClient.Response cancel(String registrationId, String token) {
        ApiClient.Response current = api.get("/api/events/registrations/" + registrationId, token);
        return api.send("POST", "/api/events/registrations/" + registrationId + "/cancellation", token, "application/json",
                "{\"reason\": \"都合がつかなくなりました\"}", etag(current));
    }

    @Test
    void aRushOfSignUpsConfirmsExactlyTheCapacityAndWaitlistsTheRestInOrder() throws Exception {
        int capacity = 150;
        int people = 1200;
        String eventId = support.publishedEvent(null, details("地域づくりフェス 体験ワークショップ", capacity, null));
        List<String> tokens = IntStream.range(0, people).mapToObj(i -> resident("rush-" + eventId + "-" + i)).toList();

        List<Integer> statuses;
        try (ExecutorService crowd = Executors.newFixedThreadPool(48)) {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < people; i++) {
                String token = tokens.get(i);
                String name = "参加者" + i;
                answers.add(crowd.submit(() -> support.signUp(eventId, token, name, false).status()));
            }
            statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
        }

        assertThat(statuses).containsOnly(201);
        List<JsonNode> roster = roster(eventId);
        assertThat(withStatus(roster, "CONFIRMED")).hasSize(capacity);
        assertThat(withStatus(roster, "WAITLISTED")).hasSize(people - capacity);
        JsonNode registration = support.event(eventId).get("registration");
        assertThat(registration.get("confirmed").asInt()).isEqualTo(capacity);
        assertThat(registration.get("waitlisted").asInt()).isEqualTo(people - capacity);
        assertThat(registration.get("seatsLeft").asInt()).isZero();
        List<Integer> positions = withStatus(roster, "WAITLISTED").stream()
                .sorted(Comparator.comparingLong(r -> r.get("ticket").asLong()))
                .map(r -> r.get("waitlistPosition").asInt()).toList();
        assertThat(positions).isEqualTo(IntStream.rangeClosed(1, people - capacity).boxed().toList());
    }

    @Test
    void whenSomeoneCancelsTheFirstOnTheWaitlistGetsTheSeat() {
        String eventId = support.publishedEvent(null, details("スマホ教室", 2, null));
        List<String> people = List.of("a", "b", "c", "d").stream().map(n -> resident(eventId + n)).toList();
        List<String> ids = new ArrayList<>();
        for (String person : people) {
            ApiClient.Response signedUp = support.signUp(eventId, person, "参加者", false);
            assertThat(signedUp.status()).as(signedUp.body()).isEqualTo(201);
            ids.add(signedUp.json().get("id").asString());
        }
        assertThat(api.get("/api/events/registrations/" + ids.get(3), people.get(3)).json().get("waitlistPosition").asInt())
                .isEqualTo(2);

        ApiClient.Response cancelled = cancel(ids.getFirst(), people.getFirst());

        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        JsonNode third = api.get("/api/events/registrations/" + ids.get(2), people.get(2)).json();
        assertThat(third.get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(third.get("promoted").asBoolean()).isTrue();
        JsonNode fourth = api.get("/api/events/registrations/" + ids.get(3), people.get(3)).json();
        assertThat(fourth.get("status").asString()).isEqualTo("WAITLISTED");
        assertThat(fourth.get("waitlistPosition").asInt()).isEqualTo(1);
        try (TopicProbe probe = new TopicProbe(bootstrapServers, Topics.EVENTS_REGISTRATION)) {
            List<String> types = probe.await(r -> r.key().equals(ids.get(2)), 2, Duration.ofSeconds(20)).stream()
                    .map(CloudEventCodec::decode).map(ReceivedEvent::type).toList();
            assertThat(types).containsExactly(EventTypes.REGISTRATION_WAITLISTED, EventTypes.REGISTRATION_PROMOTED);
        }
    }

    @Test
    void aPersonSignsUpOnceAndMaySignUpAgainAfterCancelling() {
        String eventId = support.publishedEvent(null, details("健康教室", 10, null));
        String person = resident(eventId + "-once");

        ApiClient.Response first = support.signUp(eventId, person, "会津花子", false);
        ApiClient.Response twice = support.signUp(eventId, person, "会津花子", false);

        assertThat(first.status()).isEqualTo(201);
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.isProblem()).isTrue();
        assertThat(cancel(first.json().get("id").asString(), person).status()).isEqualTo(200);
        ApiClient.Response again = support.signUp(eventId, person, "会津花子", false);
        assertThat(again.status()).as(again.body()).isEqualTo(201);
        assertThat(again.json().get("status").asString()).isEqualTo("CONFIRMED");
    }

    @Test
    void theDeadlineDayStillTakesSignUpsAndTheDayAfterDoesNot() {
        String today = support.publishedEvent(null, details("締切当日", 10, LocalDate.now(java.time.ZoneId.of("Asia/Tokyo"))));
        String yesterday = support.publishedEvent(null,
                details("締切翌日", 10, LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")).minusDays(1)));

        assertThat(support.signUp(today, resident(today), "会津太郎", false).status()).isEqualTo(201);
        ApiClient.Response late = support.signUp(yesterday, resident(yesterday), "会津太郎", false);
        assertThat(late.status()).isEqualTo(422);
        assertThat(late.isProblem()).isTrue();
        assertThat(late.json().get("detail").asString()).contains("deadline");
    }

    @Test
    void anEventForOneDistrictNeedsTheDeclarationOfEligibility() {
        String eventId = support.publishedEvent(null, details("一箕地区まちづくりワークショップ", 30, LocalDate.now().plusDays(7),
                null, true));

        ApiClient.Response undeclared = support.signUp(eventId, resident(eventId), "会津太郎", false);
        ApiClient.Response declared = support.signUp(eventId, resident(eventId), "会津太郎", true);

        assertThat(undeclared.status()).isEqualTo(422);
        assertThat(undeclared.json().get("detail").asString()).contains("一箕地区にお住まい");
        assertThat(declared.status()).isEqualTo(201);
    }

    @Test
    void staffEnterPhoneSignUpsWhichResidentsCannot() {
        String organization = support.organization("一箕");
        String eventId = support.publishedEvent(organization, details("救命救急教室", 20, null));

        ApiClient.Response byOrganizer = api.post("/api/events/" + eventId + "/registrations",
                EventsTestSupport.orgAdmin(organization), EventsTestSupport.signUpBody("電話の方", false, "PHONE"));
        ApiClient.Response byResident = api.post("/api/events/" + eventId + "/registrations", resident(eventId),
                EventsTestSupport.signUpBody("電話の方", false, "PHONE"));
        ApiClient.Response byAnotherOrganizer = api.post("/api/events/" + eventId + "/registrations",
                EventsTestSupport.orgAdmin("someone-else"), EventsTestSupport.signUpBody("電話の方", false, "PAPER"));

        assertThat(byOrganizer.status()).as(byOrganizer.body()).isEqualTo(201);
        assertThat(byOrganizer.json().get("channel").asString()).isEqualTo("PHONE");
        assertThat(byOrganizer.json().get("enteredBy").asString()).isEqualTo("test-org-admin");
        assertThat(byResident.status()).isEqualTo(403);
        assertThat(byAnotherOrganizer.status()).isEqualTo(403);
        assertThat(api.get("/api/events/" + eventId + "/registrations", EventsTestSupport.orgAdmin("someone-else")).status())
                .isEqualTo(403);
        assertThat(api.get("/api/events/registrations/" + byOrganizer.json().get("id").asString(), resident(eventId))
                .status()).isEqualTo(404);
    }

    @Test
    void aPartnerClientSignsNoOneUpOnlineAndEntersSignUpsOnlyForItsOwnEvents() {
        String organization = support.organization("一箕");
        String eventId = support.publishedEvent(organization, details("そば打ち体験", 20, null));
        String ownPartner = TestTokens.forRole(Roles.PARTNER, organization);
        String otherPartner = TestTokens.forRole(Roles.PARTNER, "someone-else");

        ApiClient.Response online = api.post("/api/events/" + eventId + "/registrations", ownPartner,
                EventsTestSupport.signUpBody("会津花子", false, null));
        ApiClient.Response otherOnline = api.post("/api/events/" + eventId + "/registrations", otherPartner,
                EventsTestSupport.signUpBody("会津花子", false, null));
        ApiClient.Response otherPaper = api.post("/api/events/" + eventId + "/registrations", otherPartner,
                EventsTestSupport.signUpBody("会津花子", false, "PAPER"));
        ApiClient.Response ownPaper = api.post("/api/events/" + eventId + "/registrations", ownPartner,
                EventsTestSupport.signUpBody("会津花子", false, "PAPER"));

        assertThat(online.status()).isEqualTo(403);
        assertThat(otherOnline.status()).isEqualTo(403);
        assertThat(otherPaper.status()).isEqualTo(403);
        assertThat(ownPaper.status()).as(ownPaper.body()).isEqualTo(201);
        assertThat(List.of(online, otherOnline, otherPaper)).allMatch(ApiClient.Response::isProblem);
    }

    @Test
    void signingUpForASeriesRegistersForEverySessionStillOpen() {
        ApiClient.Response series = api.post("/api/events/series", TestTokens.cityStaff(),
                "{\"title\": \"まちづくりワークショップ\", \"description\": \"全3回\"}");
        assertThat(series.status()).as(series.body()).isEqualTo(201);
        String seriesId = series.json().get("series").get("id").asString();
        List<String> sessions = new ArrayList<>();
        for (int n = 1; n <= 3; n++) {
            LocalDate deadline = n == 1 ? LocalDate.now().minusDays(1) : null;
            String body = """
                    {"seriesId": "%s", "session": %d, "details": %s}
                    """.formatted(seriesId, n, details("まちづくりワークショップ 第" + n + "回", 20,
                    LocalDate.now().plusDays(7 * n), deadline, false));
            ApiClient.Response draft = api.post("/api/events", TestTokens.cityStaff(), body);
            assertThat(draft.status()).as(draft.body()).isEqualTo(201);
            String id = draft.json().get("id").asString();
            api.send("POST", "/api/events/" + id + "/publication", TestTokens.cityStaff(), null, null, etag(draft));
            sessions.add(id);
        }
        String person = resident(seriesId);

        ApiClient.Response signedUp = api.post("/api/events/series/" + seriesId + "/registrations", person,
                EventsTestSupport.signUpBody("会津次郎", false, null));

        assertThat(signedUp.status()).as(signedUp.body()).isEqualTo(201);
        JsonNode outcomes = signedUp.json();
        assertThat(outcomes.get(0).has("registration")).isFalse();
        assertThat(outcomes.get(0).get("refusal").asString()).contains("deadline");
        assertThat(outcomes.get(1).get("registration").get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(outcomes.get(2).get("registration").get("status").asString()).isEqualTo("CONFIRMED");
        JsonNode mine = api.get("/api/events/registrations/mine", person).json();
        assertThat(mine).hasSize(2);
        assertThat(api.get("/api/events/series/" + seriesId).json().get("sessions")).hasSize(3);
    }

    @Test
    void cancellingAnEventCancelsEveryRegistrationEachWithItsOwnEvent() {
        String eventId = support.publishedEvent(null, details("夏まつり準備会", 1, null));
        String seated = support.signUp(eventId, resident(eventId + "1"), "会津一郎", false).json().get("id").asString();
        String waiting = support.signUp(eventId, resident(eventId + "2"), "会津二郎", false).json().get("id").asString();
        ApiClient.Response current = api.get("/api/events/" + eventId, TestTokens.cityStaff());

        ApiClient.Response cancelled = api.send("POST", "/api/events/" + eventId + "/cancellation", TestTokens.cityStaff(),
                "application/json", "{\"reason\": \"荒天のため中止\"}", etag(current));

        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        assertThat(cancelled.json().get("status").asString()).isEqualTo("CANCELLED");
        assertThat(withStatus(roster(eventId), "CANCELLED")).hasSize(2);
        try (TopicProbe probe = new TopicProbe(bootstrapServers, Topics.EVENTS_REGISTRATION)) {
            List<ReceivedEvent> notices = probe.await(r -> r.key().equals(seated) || r.key().equals(waiting), 4,
                    Duration.ofSeconds(20)).stream().map(CloudEventCodec::decode)
                    .filter(e -> e.type().equals(EventTypes.REGISTRATION_CANCELLED)).toList();
            assertThat(notices).hasSize(2);
        }
        ApiClient.Response afterwards = support.signUp(eventId, resident(eventId + "3"), "会津三郎", false);
        assertThat(afterwards.status()).isEqualTo(409);
        assertThat(afterwards.json().get("detail").asString()).contains("CANCELLED");
    }

    @Test
    void attendanceIsCheckedInAtTheDoorAndCountedByGroup() {
        String eventId = support.publishedEvent(null, details("クリーン作戦", 50, LocalDate.now(), null, false));
        String registration = support.signUp(eventId, resident(eventId), "会津花子", false).json().get("id").asString();
        // the event starts today at 18:30 Tokyo time; attendance opens with it, so move it to this morning
        mongo.updateFirst(Query.query(Criteria.where("_id").is(eventId)),
                new Update().set("details.schedule.startTime", java.time.LocalTime.MIDNIGHT)
                        .set("details.schedule.endTime", java.time.LocalTime.of(23, 59)),
                "community_events");

        ApiClient.Response checkedIn = api.post("/api/events/" + eventId + "/attendance/check-ins", TestTokens.cityStaff(),
                "{\"registrationId\": \"" + registration + "\"}");
        ApiClient.Response counted = api.put("/api/events/" + eventId + "/attendance/counts", TestTokens.cityStaff(), """
                {"walkIns": 3, "groups": [{"name": "鶴城小学校PTA", "headcount": 12}, {"name": "会津若松市役所有志", "headcount": 8}]}
                """, null);

        ApiClient.Response unknownGroup = api.put("/api/events/" + eventId + "/attendance/counts", TestTokens.cityStaff(),
                "{\"groups\": [{\"organizationId\": \"not-in-the-register\", \"name\": \"謎の会\", \"headcount\": 5}]}", null);

        assertThat(checkedIn.status()).as(checkedIn.body()).isEqualTo(200);
        assertThat(counted.status()).as(counted.body()).isEqualTo(200);
        assertThat(unknownGroup.status()).isEqualTo(422);
        JsonNode publicView = api.get("/api/events/" + eventId + "/attendance").json();
        assertThat(publicView.get("participants").asInt()).isEqualTo(1 + 3 + 20);
        assertThat(publicView.get("groupCount").asInt()).isEqualTo(2);
        assertThat(publicView.has("checkIns")).isFalse();
        try (TopicProbe probe = new TopicProbe(bootstrapServers, Topics.EVENTS_ATTENDANCE)) {
            List<ReceivedEvent> recorded = probe.await(r -> r.key().equals(eventId), 2, Duration.ofSeconds(20)).stream()
                    .map(CloudEventCodec::decode).toList();
            assertThat(recorded).extracting(ReceivedEvent::type).containsOnly(EventTypes.ATTENDANCE_RECORDED);
        }
    }

    @Test
    void aSignUpInterruptedByACrashIsPlacedByTheReconciler() {
        String eventId = support.publishedEvent(null, details("フォトコンテスト表彰式", 5, null));
        String person = resident(eventId);
        String id = support.signUp(eventId, person, "会津写子", false).json().get("id").asString();
        // as if the process died after taking the seat but before recording it: back to REQUESTED, unsettled
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), new Update().set("status", "REQUESTED")
                .set("settled", false).set("requestedAt", Instant.now().minusSeconds(60)), "registrations");

        reconciler.reconcile();

        JsonNode repaired = api.get("/api/events/registrations/" + id, person).json();
        assertThat(repaired.get("status").asString()).isEqualTo("CONFIRMED");
        Document ledger = mongo.findById(eventId, Document.class, SeatLedger.COLLECTION);
        assertThat(ledger.get("seats", Document.class)).containsOnlyKeys(id);
        assertThat(ledger.getInteger("seatsFree")).isEqualTo(4);
    }

    @Test
    void badSignUpsAreProblemsAndStoreNothing() {
        String eventId = support.publishedEvent(null, details("マルシェ", 5, null));
        String person = resident(eventId);

        ApiClient.Response noName = api.post("/api/events/" + eventId + "/registrations", person, "{\"registrant\": {}}");
        ApiClient.Response badPhone = api.post("/api/events/" + eventId + "/registrations", person,
                "{\"registrant\": {\"name\": \"x\", \"phone\": \"call me\"}}");
        ApiClient.Response anonymous = api.post("/api/events/" + eventId + "/registrations", null,
                EventsTestSupport.signUpBody("x", false, null));

        assertThat(List.of(noName, badPhone)).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.isProblem()).isTrue();
        });
        assertThat(anonymous.status()).isEqualTo(401);
        Map<String, Long> counts = roster(eventId).stream().collect(Collectors.groupingBy(r -> r.get("status").asString(),
                Collectors.counting()));
        assertThat(counts).isEmpty();
    }
}
