package jp.kizuna.events.registration;

import static jp.kizuna.events.EventsTestSupport.details;
import static jp.kizuna.events.EventsTestSupport.etag;
import static jp.kizuna.events.EventsTestSupport.resident;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import jp.kizuna.events.EventsServiceSpec;
import jp.kizuna.events.EventsTestSupport;
import jp.kizuna.platform.contracts.EventTypes;
import jp.kizuna.platform.contracts.Topics;
import jp.kizuna.platform.events.CloudEventCodec;
import jp.kizuna.platform.events.ReceivedEvent;
import jp.kizuna.platform.contracts.Roles;
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
 * Signing up as residents do, on the phone through staff (with its duplicate check), for a series;
 * capacity and ticket order that hold under a rush, also with cancellations in the middle of it;
 * the waitlist served in order; deadlines; cancellation, also of the whole event; attendance; paged
 * rosters; random registration ids; the repair of steps interrupted by a crash; the move from the
 * old seat ledgers.
 */
@TestPropertySource(properties = "kizuna.events.reconcile-interval=PT1H")
abstract class RegistrationSpec extends EventsServiceSpec {

    @Autowired
    RegistrationReconciler reconciler;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    SeatLedger ledger;

    @Autowired
    RegistrationRepository registrations;

    @Autowired
    SeatLedgerMigration migration;

    /** The 409 a sign-up or cancellation gets while the event's seats are locked by another: retry in a moment. */
    static boolean seatsBusy(ApiClient.Response answer) {
        return answer.status() == 409 && answer.body().contains("being updated right now");
    }

    /** The whole roster, read page by page as a client would. */
    List<JsonNode> roster(String eventId) {
        List<JsonNode> roster = new ArrayList<>();
        for (int page = 0; ; page++) {
            ApiClient.Response answer = api.get("/api/events/" + eventId + "/registrations?size=200&page=" + page,
                    TestTokens.cityStaff());
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            answer.json().get("items").forEach(roster::add);
            if (page + 1 >= answer.json().get("totalPages").asInt()) {
                return roster;
            }
        }
    }

    static List<Long> tickets(List<JsonNode> registrations) {
        return registrations.stream().map(r -> r.get("ticket").asLong()).sorted().toList();
    }

    static List<Long> range(long first, long last) {
        return LongStream.rangeClosed(first, last).boxed().toList();
    }

    ApiClient.Response enter(String eventId, String token, String name, String phone, boolean allowDuplicate) {
        return api.post("/api/events/" + eventId + "/registrations", token, """
                {"registrant": {"name": "%s", "phone": "%s"}, "channel": "PHONE", "allowDuplicate": %s}
                """.formatted(name, phone, allowDuplicate));
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
        long started = System.nanoTime();
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

        long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();

        assertThat(statuses).containsOnly(201);
        List<JsonNode> roster = roster(eventId);
        assertThat(tickets(withStatus(roster, "CONFIRMED"))).as("the confirmed are exactly the first tickets")
                .isEqualTo(range(1, capacity));
        assertThat(tickets(withStatus(roster, "WAITLISTED"))).isEqualTo(range(capacity + 1, people));
        System.out.printf("Rush: %d sign-ups for %d seats from 48 clients in %d ms (%d sign-ups/s): confirmed tickets "
                        + "1-%d, waitlisted %d-%d%n", people, capacity, millis, people * 1000L / Math.max(1, millis), capacity,
                capacity + 1, people);
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
    void seatsFreedDuringARushGoToTheEarliestWaitingTicketsAndTheOrderHolds() throws Exception {
        int capacity = 40;
        int people = 400;
        String eventId = support.publishedEvent(null, details("地域づくりフェス 抽選会", capacity, null));
        BlockingQueue<String[]> answered = new LinkedBlockingQueue<>();
        Deque<String[]> confirmedAtOnce = new ConcurrentLinkedDeque<>();
        List<String> cancelledTickets = Collections.synchronizedList(new ArrayList<>());
        Set<String> claimed = ConcurrentHashMap.newKeySet();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        long started = System.nanoTime();
        try (ExecutorService crowd = Executors.newFixedThreadPool(32); ExecutorService cancellers = Executors.newFixedThreadPool(2)) {
            List<Future<?>> cancelling = new ArrayList<>();
            for (int c = 0; c < 2; c++) {
                cancelling.add(cancellers.submit(() -> {
                    String[] next;
                    while ((next = answered.poll(20, TimeUnit.SECONDS)) != null && next.length > 0) {
                        int n = Integer.parseInt(next[3]);
                        String[] victim = n % 8 == 0 ? next : n % 8 == 4 ? confirmedAtOnce.pollFirst() : null;
                        if (victim != null && claimed.add(victim[0])) {
                            ApiClient.Response cancelled = cancel(victim[0], victim[1]);
                            for (int again = 0; again < 10 && (cancelled.status() == 412 || seatsBusy(cancelled)); again++) {
                                // promoted between reading it and cancelling, or the seats busy with the rush (the
                                // answer says to try again in a moment): read it again and retry, as a client does
                                if (seatsBusy(cancelled)) {
                                    Thread.sleep(200);
                                }
                                cancelled = cancel(victim[0], victim[1]);
                            }
                            if (cancelled.status() == 200) {
                                cancelledTickets.add(cancelled.json().get("ticket").asString());
                            } else {
                                failures.add(cancelled.status() + " " + cancelled.body());
                            }
                        }
                    }
                    return null;
                }));
            }
            List<Future<?>> signingUp = new ArrayList<>();
            for (int i = 0; i < people; i++) {
                int n = i;
                signingUp.add(crowd.submit(() -> {
                    String token = resident("interleaved-" + eventId + "-" + n);
                    ApiClient.Response answer = support.signUp(eventId, token, "参加者" + n, false);
                    if (answer.status() != 201) {
                        failures.add(answer.status() + " " + answer.body());
                        return;
                    }
                    String[] entry = {answer.json().get("id").asString(), token, answer.json().get("status").asString(),
                            String.valueOf(n)};
                    if (entry[2].equals("CONFIRMED")) {
                        confirmedAtOnce.add(entry);
                    }
                    answered.add(entry);
                }));
            }
            for (Future<?> signUp : signingUp) {
                signUp.get();
            }
            answered.add(new String[0]);
            answered.add(new String[0]);
            for (Future<?> canceller : cancelling) {
                canceller.get();
            }
        }
        long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();

        assertThat(failures).isEmpty();
        List<JsonNode> roster = roster(eventId);
        List<JsonNode> confirmed = withStatus(roster, "CONFIRMED");
        List<JsonNode> waitlisted = withStatus(roster, "WAITLISTED");
        long promoted = confirmed.stream().filter(r -> r.get("promoted").asBoolean()).count();
        System.out.printf("Rush with cancellations: %d sign-ups for %d seats, %d cancelled meanwhile, %d promoted, in %d ms%n",
                people, capacity, cancelledTickets.size(), promoted, millis);
        assertThat(withStatus(roster, "CANCELLED")).hasSize(cancelledTickets.size());
        assertThat(confirmed).hasSize(capacity);
        assertThat(waitlisted).hasSize(people - cancelledTickets.size() - capacity);
        assertThat(promoted).as("seats freed during the rush went to the waitlist").isPositive();
        assertThat(Collections.max(tickets(confirmed))).as("no one waits who signed up before someone seated")
                .isLessThan(Collections.min(tickets(waitlisted)));
        assertThat(waitlisted.stream().sorted(Comparator.comparingLong(r -> r.get("ticket").asLong()))
                .map(r -> r.get("waitlistPosition").asInt()).toList())
                .isEqualTo(IntStream.rangeClosed(1, waitlisted.size()).boxed().toList());
        JsonNode registration = support.event(eventId).get("registration");
        assertThat(registration.get("confirmed").asInt()).isEqualTo(capacity);
        assertThat(registration.get("waitlisted").asInt()).isEqualTo(waitlisted.size());
        assertThat(ledger.read(eventId).pending()).isEmpty();
    }

    @Test
    void moreSeatsGoToTheWaitlistInTicketOrder() {
        String eventId = support.publishedEvent(null, details("郷土料理教室", 2, null));
        List<String> people = IntStream.range(0, 5).mapToObj(i -> resident(eventId + "-more-" + i)).toList();
        List<String> ids = new ArrayList<>();
        for (String person : people) {
            ids.add(support.signUp(eventId, person, "参加者", false).json().get("id").asString());
        }
        ApiClient.Response current = api.get("/api/events/" + eventId, TestTokens.cityStaff());

        ApiClient.Response edited = api.put("/api/events/" + eventId, TestTokens.cityStaff(),
                "{\"details\": " + details("郷土料理教室", 4, null) + "}", etag(current));

        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        List<String> statuses = ids.stream().map(id -> api.get("/api/events/registrations/" + id, TestTokens.cityStaff())
                .json().get("status").asString()).toList();
        assertThat(statuses).containsExactly("CONFIRMED", "CONFIRMED", "CONFIRMED", "CONFIRMED", "WAITLISTED");
        assertThat(api.get("/api/events/registrations/" + ids.get(4), people.get(4)).json().get("waitlistPosition").asInt())
                .isEqualTo(1);
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
        assertThat(twice.json().get("reason").asString()).as("a reason a page can put in words").isEqualTo("already-registered");
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
        assertThat(late.json().get("reason").asString()).isEqualTo("registration-closed");
    }

    @Test
    void anEventForOneDistrictNeedsTheDeclarationOfEligibility() {
        String eventId = support.publishedEvent(null, details("一箕地区まちづくりワークショップ", 30, LocalDate.now().plusDays(7),
                null, true));

        ApiClient.Response undeclared = support.signUp(eventId, resident(eventId), "会津太郎", false);
        ApiClient.Response declared = support.signUp(eventId, resident(eventId), "会津太郎", true);

        assertThat(undeclared.status()).isEqualTo(422);
        assertThat(undeclared.json().get("detail").asString()).contains("一箕地区にお住まい");
        assertThat(undeclared.json().get("reason").asString()).isEqualTo("eligibility-not-declared");
        assertThat(declared.status()).isEqualTo(201);
    }

    @Test
    void staffEnterPhoneSignUpsWhichResidentsCannot() {
        String organization = support.organization("一箕");
        String eventId = support.publishedEvent(organization, details("救命救急教室", 20, null));

        ApiClient.Response byOrganizer = api.post("/api/events/" + eventId + "/registrations",
                TestTokens.forPerson(Roles.ORG_ADMIN, organization, "officer-0e2f7d41", "滝沢 みどり"),
                EventsTestSupport.signUpBody("電話の方", false, "PHONE"));
        ApiClient.Response byResident = api.post("/api/events/" + eventId + "/registrations", resident(eventId),
                EventsTestSupport.signUpBody("電話の方", false, "PHONE"));
        ApiClient.Response byAnotherOrganizer = api.post("/api/events/" + eventId + "/registrations",
                EventsTestSupport.orgAdmin("someone-else"), EventsTestSupport.signUpBody("電話の方", false, "PAPER"));

        assertThat(byOrganizer.status()).as(byOrganizer.body()).isEqualTo(201);
        assertThat(byOrganizer.json().get("channel").asString()).isEqualTo("PHONE");
        assertThat(byOrganizer.json().get("enteredBy").asString()).isEqualTo("officer-0e2f7d41");
        assertThat(byOrganizer.json().get("enteredByName").asString()).isEqualTo("滝沢 みどり");
        assertThat(byResident.status()).isEqualTo(403);
        assertThat(byAnotherOrganizer.status()).isEqualTo(403);
        assertThat(api.get("/api/events/" + eventId + "/registrations", EventsTestSupport.orgAdmin("someone-else")).status())
                .isEqualTo(403);
        assertThat(api.get("/api/events/registrations/" + byOrganizer.json().get("id").asString(), resident(eventId))
                .status()).isEqualTo(404);
    }

    @Test
    void theRosterFindsPeopleByNameWithWidthKanaAndSpacesFolded() {
        String eventId = support.publishedEvent(support.organization("一箕"), details("防災講座", 20, null));
        for (String name : new String[] {"会津　ハナコ", "若松 太郎", "あいづ はなこ"}) {
            assertThat(api.post("/api/events/" + eventId + "/registrations", TestTokens.cityStaff(),
                    EventsTestSupport.signUpBody(name, false, "PHONE")).status()).isEqualTo(201);
        }

        ApiClient.Response found = api.get("/api/events/" + eventId + "/registrations?q=%E3%81%AF%E3%81%AA%E3%81%93",
                TestTokens.cityStaff());
        ApiClient.Response none = api.get("/api/events/" + eventId + "/registrations?q=.*", TestTokens.cityStaff());
        ApiClient.Response confirmedOnly = api.get("/api/events/" + eventId
                + "/registrations?status=CONFIRMED&q=%EF%BE%80%EF%BE%9B%EF%BD%B3", TestTokens.cityStaff());

        assertThat(found.status()).as(found.body()).isEqualTo(200);
        assertThat(found.json().get("items")).extracting(r -> r.get("registrant").get("name").asString())
                .as("「はなこ」 finds ハナコ written in katakana and full-width space too").containsExactly("会津　ハナコ", "あいづ はなこ");
        assertThat(none.json().get("totalItems").asLong()).as("the text is a text, not a pattern").isZero();
        assertThat(confirmedOnly.json().get("items")).extracting(r -> r.get("registrant").get("name").asString())
                .as("half-width ﾀﾛｳ finds 太郎 only by reading, so nobody here").isEmpty();
        assertThat(api.get("/api/events/" + eventId + "/registrations?q=%00", TestTokens.cityStaff()).status())
                .isEqualTo(400);
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
        assertThat(series.json().get("series").get("createdByName").asString()).isEqualTo("test-city-staff");
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
        assertThat(mine.get("items")).hasSize(2);
        assertThat(mine.get("totalItems").asInt()).isEqualTo(2);
        assertThat(api.get("/api/events/series/" + seriesId).json().get("sessions")).hasSize(3);
    }

    @Test
    void aRushOfSeriesSignUpsSeatsTheFirstTicketsOfEverySessionAndRegistersEveryoneForEach() throws Exception {
        ApiClient.Response series = api.post("/api/events/series", TestTokens.cityStaff(),
                "{\"title\": \"一箕地区まちづくりワークショップ\", \"description\": \"全3回\"}");
        assertThat(series.status()).as(series.body()).isEqualTo(201);
        String seriesId = series.json().get("series").get("id").asString();
        int[] capacities = {6, 2, 10};
        List<String> sessions = new ArrayList<>();
        for (int n = 1; n <= capacities.length; n++) {
            ApiClient.Response draft = api.post("/api/events", TestTokens.cityStaff(), """
                    {"seriesId": "%s", "session": %d, "details": %s}
                    """.formatted(seriesId, n, details("一箕地区まちづくりワークショップ 第" + n + "回", capacities[n - 1],
                    LocalDate.now().plusDays(7 * n), null, false)));
            assertThat(draft.status()).as(draft.body()).isEqualTo(201);
            String id = draft.json().get("id").asString();
            api.send("POST", "/api/events/" + id + "/publication", TestTokens.cityStaff(), null, null, etag(draft));
            sessions.add(id);
        }
        int people = 60;

        List<ApiClient.Response> answers = new ArrayList<>();
        try (ExecutorService crowd = Executors.newFixedThreadPool(24)) {
            List<Future<ApiClient.Response>> signingUp = new ArrayList<>();
            for (int i = 0; i < people; i++) {
                String token = resident("series-rush-" + seriesId + "-" + i);
                String name = "参加者" + i;
                signingUp.add(crowd.submit(() -> api.post("/api/events/series/" + seriesId + "/registrations", token,
                        EventsTestSupport.signUpBody(name, false, null))));
            }
            for (Future<ApiClient.Response> answer : signingUp) {
                answers.add(answer.get());
            }
        }

        Map<String, Set<String>> acknowledged = new ConcurrentHashMap<>();
        for (ApiClient.Response answer : answers) {
            assertThat(answer.status()).as(answer.body()).isEqualTo(201);
            assertThat(answer.json()).as("every session takes a sign-up, each by its own seats").hasSize(capacities.length)
                    .allMatch(outcome -> outcome.has("registration") && !outcome.get("registration").isNull());
            answer.json().forEach(outcome -> acknowledged.computeIfAbsent(outcome.get("eventId").asString(),
                    id -> ConcurrentHashMap.newKeySet()).add(outcome.get("registration").get("id").asString()));
        }
        for (int n = 0; n < sessions.size(); n++) {
            List<JsonNode> roster = roster(sessions.get(n));
            assertThat(roster.stream().map(r -> r.get("id").asString()).collect(Collectors.toSet()))
                    .as("session %d holds every acknowledged sign-up, once", n + 1)
                    .hasSize(people).isEqualTo(acknowledged.get(sessions.get(n)));
            assertThat(tickets(withStatus(roster, "CONFIRMED"))).as("session %d seats its first tickets", n + 1)
                    .isEqualTo(range(1, capacities[n]));
            assertThat(tickets(withStatus(roster, "WAITLISTED"))).isEqualTo(range(capacities[n] + 1, people));
            assertThat(support.event(sessions.get(n)).get("registration").get("confirmed").asInt()).isEqualTo(capacities[n]);
        }
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
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Tokyo"));
        String eventId = support.publishedEvent(null, details("クリーン作戦", 50, today.plusDays(1), null, false));
        String registration = support.signUp(eventId, resident(eventId), "会津花子", false).json().get("id").asString();
        // signed up before it starts; attendance opens with the start, so move the event to today, from midnight
        mongo.updateFirst(Query.query(Criteria.where("_id").is(eventId)),
                new Update().set("details.schedule.date", today).set("details.schedule.startTime", java.time.LocalTime.MIDNIGHT)
                        .set("details.schedule.endTime", java.time.LocalTime.of(23, 59)),
                "community_events");

        ApiClient.Response checkedIn = api.post("/api/events/" + eventId + "/attendance/check-ins",
                TestTokens.forPerson(Roles.CITY_STAFF, null, "staff-7d41a9b3", "鈴木 誠（地域づくり課）"),
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
        assertThat(publicView.toString()).doesNotContain("鈴木", "staff-7d41a9b3");
        JsonNode checkIn = api.get("/api/events/" + eventId + "/attendance", TestTokens.cityStaff()).json()
                .get("checkIns").get(0);
        assertThat(checkIn.get("name").asString()).isEqualTo("会津花子");
        assertThat(checkIn.get("by").asString()).isEqualTo("staff-7d41a9b3");
        assertThat(checkIn.get("byName").asString()).isEqualTo("鈴木 誠（地域づくり課）");
        try (TopicProbe probe = new TopicProbe(bootstrapServers, Topics.EVENTS_ATTENDANCE)) {
            List<ReceivedEvent> recorded = probe.await(r -> r.key().equals(eventId), 2, Duration.ofSeconds(20)).stream()
                    .map(CloudEventCodec::decode).toList();
            assertThat(recorded).extracting(ReceivedEvent::type).containsOnly(EventTypes.ATTENDANCE_RECORDED);
        }
    }

    /** A registration as its request inserts it, before it is placed: REQUESTED, asked for a minute ago. */
    Registration requested(String eventId, String person) {
        Instant aMinuteAgo = Instant.now().minusSeconds(60);
        return registrations.insert(Registration.request(java.util.UUID.randomUUID().toString(),
                new EventRef(eventId, null, "試験", null, "試験", null), person, PersonKeys.account(person),
                PersonKeys.contactKey("会津写子", null), new Registrant("会津写子", null, null, null), Channel.ONLINE, null, false,
                null, null, aMinuteAgo));
    }

    @Test
    void aSignUpInterruptedAfterTheCounterTookItsSeatIsPlacedByTheReconciler() {
        String eventId = support.publishedEvent(null, details("フォトコンテスト表彰式", 5, null));
        support.signUp(eventId, resident(eventId), "会津花子", false);
        Registration stuck = requested(eventId, "resident-" + eventId + "-stuck");
        // as if the process died after the counter's update and before the registration recorded it
        ledger.place(eventId, stuck.id(), stuck.attempt(), Instant.now().minusSeconds(60)).orElseThrow();
        assertThat(ledger.read(eventId).freeSeats()).isEqualTo(3);

        reconciler.reconcile();

        Registration repaired = registrations.findById(stuck.id()).orElseThrow();
        assertThat(repaired.status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(repaired.attempt()).as("taken over").isNotEqualTo(stuck.attempt());
        SeatCounter counter = ledger.read(eventId);
        assertThat(counter.freeSeats()).as("the interrupted placement was given back, the new one kept").isEqualTo(3);
        assertThat(counter.pending()).isEmpty();
        assertThat(withStatus(roster(eventId), "CONFIRMED")).hasSize(2);
    }

    @Test
    void aPlacementItsRegistrationWillNeverRecordIsReversedAndARecordedOneJustLeavesTheJournal() {
        String eventId = support.publishedEvent(null, details("写真展", 5, null));
        String seated = support.signUp(eventId, resident(eventId + "-seated"), "会津一郎", false).json().get("id").asString();
        Registration placedButNotTidied = requested(eventId, "resident-" + eventId + "-untidy");
        Instant aMinuteAgo = Instant.now().minusSeconds(60);
        // a stale request placed a registration that another attempt had placed already …
        ledger.place(eventId, seated, "a-superseded-attempt", aMinuteAgo).orElseThrow();
        // … and one placement was recorded but its journal entry not removed
        SeatLedger.Placement placement = ledger.place(eventId, placedButNotTidied.id(), placedButNotTidied.attempt(),
                aMinuteAgo).orElseThrow();
        placedButNotTidied.placed(placement.place(), placement.ticket(), aMinuteAgo);
        registrations.save(placedButNotTidied);
        assertThat(ledger.read(eventId).freeSeats()).isEqualTo(2);

        reconciler.reconcile();

        SeatCounter counter = ledger.read(eventId);
        assertThat(counter.pending()).isEmpty();
        assertThat(counter.freeSeats()).isEqualTo(3);
        assertThat(withStatus(roster(eventId), "CONFIRMED")).hasSize(2);
    }

    @Test
    void aPromotionCutShortIsFinishedByWhoeverTakesTheLockNext() {
        String eventId = support.publishedEvent(null, details("餅つき大会", 1, null));
        support.signUp(eventId, resident(eventId + "-a"), "会津一郎", false);
        String waiting = support.signUp(eventId, resident(eventId + "-b"), "会津二郎", false).json().get("id").asString();
        long ticket = registrations.findById(waiting).orElseThrow().ticket();
        // a second seat, and a promoter that claimed it for the waiting one and then died, holding the lock
        mongo.updateFirst(Query.query(Criteria.where("_id").is(eventId)), new Update().set("capacity", 2).inc("freeSeats", 1),
                SeatLedger.COLLECTION);
        Instant aMinuteAgo = Instant.now().minusSeconds(60);
        ledger.lock(eventId, "a-promoter-that-died", aMinuteAgo).orElseThrow();
        assertThat(ledger.promote(eventId, "a-promoter-that-died", waiting, ticket, aMinuteAgo)).isTrue();

        reconciler.reconcile();

        Registration promoted = registrations.findById(waiting).orElseThrow();
        assertThat(promoted.status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(promoted.promoted()).isTrue();
        SeatCounter counter = ledger.read(eventId);
        assertThat(counter.lock()).isNull();
        assertThat(counter.freeSeats()).isZero();
        assertThat(counter.waiting()).isZero();
    }

    @Test
    void theOldSeatLedgersAreMovedToSeatCountersOnceAndTheirRegistrationsKeyed() {
        String eventId = support.publishedEvent(null, details("旧台帳の教室", 3, null));
        mongo.remove(Query.query(Criteria.where("_id").is(eventId)), SeatLedger.COLLECTION);
        mongo.indexOps(Registration.class).dropIndex("event_person");
        Instant then = Instant.now().minusSeconds(3600);
        Document event = new Document("eventId", eventId).append("title", "旧台帳の教室").append("scheduleLabel", "試験");
        for (String[] r : new String[][] {{"CONFIRMED", "1", "true"}, {"REQUESTED", "2", "false"}, {"WAITLISTED", "3", "true"},
                {"CANCELLED", "4", "false"}, {"REQUESTED", "5", "false"}}) {
            mongo.insert(new Document("_id", eventId + "_old" + r[1]).append("event", event)
                    .append("subject", "resident-old-" + r[1])
                    .append("registrant", new Document("name", "旧登録" + r[1]).append("phone", "0242-00-000" + r[1]))
                    .append("channel", "ONLINE").append("ticket", Long.parseLong(r[1])).append("status", r[0])
                    .append("settled", Boolean.parseBoolean(r[2])).append("requestedAt", Date.from(then))
                    .append("version", 1L).append("eventSequence", 1L).append("outbox", List.of()), "registrations");
        }
        // the old ledger: 1 and 2 seated, 3 moved to a seat by a promotion not recorded yet, 4 cancelled still waiting
        mongo.insert(new Document("_id", eventId).append("capacity", 3).append("seatsFree", 0).append("nextTicket", 5L)
                .append("seats", new Document(eventId + "_old1", 1L).append(eventId + "_old2", 2L).append(eventId + "_old3", 3L))
                .append("waitlist", new Document(eventId + "_old4", 4L)).append("closed", false),
                SeatLedgerMigration.LEGACY_COLLECTION);

        migration.migrate();
        migration.migrate();

        mongo.indexOps(Registration.class).createIndex(new org.springframework.data.mongodb.core.index.CompoundIndexDefinition(
                new Document("event.eventId", 1).append("personKey", 1)).named("event_person").unique());
        assertThat(mongo.findById(eventId, Document.class, SeatLedgerMigration.LEGACY_COLLECTION)).isNull();
        assertThat(mongo.findById(eventId, Document.class, SeatLedgerMigration.MOVED_COLLECTION)).isNotNull();
        SeatCounter counter = ledger.read(eventId);
        assertThat(List.of(counter.capacity(), counter.freeSeats(), counter.waiting())).containsExactly(3, 0, 0);
        assertThat(counter.nextTicket()).isEqualTo(5);
        Map<String, Registration> migrated = registrations.findAll().stream()
                .filter(r -> r.eventId().equals(eventId)).collect(Collectors.toMap(Registration::id, r -> r));
        assertThat(migrated.get(eventId + "_old2").status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(migrated.get(eventId + "_old3").promoted()).isTrue();
        assertThat(migrated.get(eventId + "_old4").settled()).isTrue();
        assertThat(migrated.get(eventId + "_old1").personKey()).isEqualTo("account:resident-old-1");
        assertThat(migrated.get(eventId + "_old4").personKey()).isEqualTo("cancelled:" + eventId + "_old4");
        assertThat(migrated.get(eventId + "_old5").status()).isEqualTo(RegistrationStatus.REQUESTED);

        reconciler.reconcile();

        Registration late = registrations.findById(eventId + "_old5").orElseThrow();
        assertThat(late.status()).as("never placed by the old ledger: placed now, at the back").isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(late.ticket()).isEqualTo(6);
        assertThat(ledger.read(eventId).waiting()).isEqualTo(1);
    }

    @Test
    void aStaffEnteredSignUpWithTheNameAndPhoneOfAnEarlierOneIsRefusedUnlessMeant() {
        String eventId = support.publishedEvent(null, details("シニア体操教室", 10, null));
        String staff = TestTokens.cityStaff();

        ApiClient.Response first = enter(eventId, staff, "会津 ハナコ", "0242-39-1111", false);
        ApiClient.Response sameCallAgain = enter(eventId, staff, "会津　はなこ", "０２４２－３９－１１１１", false);
        ApiClient.Response meant = enter(eventId, staff, "会津はなこ", "0242391111", true);
        ApiClient.Response otherPhone = enter(eventId, staff, "会津ハナコ", "0242-39-2222", false);

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(sameCallAgain.status()).isEqualTo(409);
        assertThat(sameCallAgain.isProblem()).isTrue();
        assertThat(sameCallAgain.json().get("detail").asString()).contains("allowDuplicate");
        assertThat(sameCallAgain.json().get("duplicateOf").get("id").asString()).isEqualTo(first.json().get("id").asString());
        assertThat(sameCallAgain.json().get("duplicateOf").get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(meant.status()).as(meant.body()).isEqualTo(201);
        assertThat(meant.json().get("duplicateOf").asString()).isEqualTo(first.json().get("id").asString());
        assertThat(otherPhone.status()).as(otherPhone.body()).isEqualTo(201);
        assertThat(roster(eventId)).as("the refused one stored nothing").hasSize(3);
    }

    @Test
    void staffEnteringSomeoneWhoSignedUpOnlineHearOfItAndMayEnterThemAgainAfterACancellation() {
        String eventId = support.publishedEvent(null, details("防災講座", 10, null));
        String person = resident(eventId + "-online");
        ApiClient.Response online = api.post("/api/events/" + eventId + "/registrations", person, """
                {"registrant": {"name": "会津太郎", "phone": "0242-39-3333"}}""");

        ApiClient.Response byPhone = enter(eventId, TestTokens.cityStaff(), "会津 太郎", "0242 39 3333", false);
        assertThat(online.status()).as(online.body()).isEqualTo(201);
        assertThat(byPhone.status()).isEqualTo(409);
        assertThat(byPhone.json().get("duplicateOf").get("channel").asString()).isEqualTo("ONLINE");

        assertThat(cancel(online.json().get("id").asString(), person).status()).isEqualTo(200);
        ApiClient.Response afterCancelling = enter(eventId, TestTokens.cityStaff(), "会津 太郎", "0242 39 3333", false);
        assertThat(afterCancelling.status()).as(afterCancelling.body()).isEqualTo(201);
        assertThat(afterCancelling.json().has("duplicateOf")).isFalse();
    }

    @Test
    void registrationIdsAreRandomAndDoNotLinkAPersonAcrossEvents() throws Exception {
        String first = support.publishedEvent(null, details("料理教室 春", 10, null));
        String second = support.publishedEvent(null, details("料理教室 秋", 10, null));
        String person = resident("linkable-" + first);

        String inFirst = support.signUp(first, person, "会津花子", false).json().get("id").asString();
        String inSecond = support.signUp(second, person, "会津花子", false).json().get("id").asString();
        ApiClient.Response twice = support.signUp(first, person, "会津花子", false);

        String subjectHash = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(("resident-linkable-" + first).getBytes(java.nio.charset.StandardCharsets.UTF_8)), 0, 12);
        assertThat(List.of(inFirst, inSecond)).allSatisfy(id -> {
            assertThat(java.util.UUID.fromString(id).version()).isEqualTo(4);
            assertThat(id).doesNotContain(subjectHash).doesNotContain(first).doesNotContain(second);
        });
        assertThat(inFirst.substring(24)).isNotEqualTo(inSecond.substring(24));
        assertThat(twice.status()).as("one registration per person and event, by the unique index").isEqualTo(409);
    }

    @Test
    void rostersWaitlistsAndOwnRegistrationsComeInPagesWithTheirLimits() {
        String eventId = support.publishedEvent(null, details("ボッチャ体験会", 2, null));
        for (int i = 0; i < 7; i++) {
            assertThat(enter(eventId, TestTokens.cityStaff(), "参加者" + i, "0242-00-100" + i, false).status()).isEqualTo(201);
        }
        String path = "/api/events/" + eventId + "/registrations";

        JsonNode second = api.get(path + "?page=1&size=3", TestTokens.cityStaff()).json();
        JsonNode waitlist = api.get(path + "?status=WAITLISTED&page=1&size=2", TestTokens.cityStaff()).json();

        assertThat(second.get("totalItems").asInt()).isEqualTo(7);
        assertThat(second.get("totalPages").asInt()).isEqualTo(3);
        assertThat(tickets(list(second.get("items")))).containsExactly(4L, 5L, 6L);
        assertThat(list(waitlist.get("items")).stream().map(r -> r.get("waitlistPosition").asInt()).toList())
                .containsExactly(3, 4);
        assertThat(waitlist.get("totalItems").asInt()).isEqualTo(5);
        for (String bad : List.of("?size=0", "?size=201", "?page=-1", "?page=10000001")) {
            ApiClient.Response refused = api.get(path + bad, TestTokens.cityStaff());
            assertThat(refused.status()).as(bad).isEqualTo(400);
            assertThat(refused.isProblem()).isTrue();
        }
        String person = resident(eventId + "-mine");
        for (String title : List.of("一", "二", "三")) {
            support.signUp(support.publishedEvent(null, details("講座" + title, 5, null)), person, "会津花子", false);
        }
        JsonNode mine = api.get("/api/events/registrations/mine?size=2", person).json();
        assertThat(mine.get("items")).hasSize(2);
        assertThat(mine.get("totalItems").asInt()).isEqualTo(3);
        assertThat(api.get("/api/events/registrations/mine?size=500", person).status()).isEqualTo(400);
    }

    static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }

    @Test
    void aRegistrationDeadlineAfterTheEventStartsIsRefusedAndNothingIsStored() {
        LocalDate day = LocalDate.now().plusDays(7);
        ApiClient.Response late = api.post("/api/events", TestTokens.cityStaff(),
                EventsTestSupport.draftBody(null, details("締切が開催の後", 10, day, day.plusDays(1), false)));
        ApiClient.Response onTheDay = api.post("/api/events", TestTokens.cityStaff(),
                EventsTestSupport.draftBody(null, details("当日締切", 10, day, day, false)));

        assertThat(late.status()).isEqualTo(400);
        assertThat(late.isProblem()).isTrue();
        assertThat(late.json().get("errors").get(0).get("field").asString()).isEqualTo("details.registration.deadline");
        assertThat(late.json().get("errors").get(0).get("message").asString()).contains("after the event starts");
        assertThat(api.get("/api/events?status=DRAFT&q=" + java.net.URLEncoder.encode("締切が開催の後",
                java.nio.charset.StandardCharsets.UTF_8), TestTokens.cityStaff()).json().get("totalItems").asInt()).isZero();
        assertThat(onTheDay.status()).as(onTheDay.body()).isEqualTo(201);
        assertThat(Instant.parse(onTheDay.json().get("registration").get("closesAt").asString()))
                .as("a deadline on the event's day keeps that day open")
                .isEqualTo(day.plusDays(1).atStartOfDay(java.time.ZoneId.of("Asia/Tokyo")).toInstant());
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
