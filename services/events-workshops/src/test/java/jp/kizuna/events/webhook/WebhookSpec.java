package jp.kizuna.events.webhook;

import static jp.kizuna.events.EventsTestSupport.details;
import static jp.kizuna.events.EventsTestSupport.etag;
import static jp.kizuna.events.EventsTestSupport.version;
import static jp.kizuna.events.EventsTestSupport.partner;
import static jp.kizuna.events.EventsTestSupport.resident;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jp.kizuna.events.EventsServiceSpec;
import jp.kizuna.events.webhook.Receiver.Behaviour;
import jp.kizuna.events.webhook.Receiver.Call;
import jp.kizuna.platform.contracts.EventTypes;
import jp.kizuna.platform.contracts.Roles;
import jp.kizuna.platform.testing.ApiClient;
import jp.kizuna.platform.testing.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Partner webhooks end to end, with a real HTTP receiver on loopback: a partner subscribes, residents
 * sign up, the receiver gets signed structured CloudEvents; retries keep one webhook-id; a slow
 * endpoint holds up no other; order per registration holds across retries; a dispatcher that died
 * mid-call loses nothing; replay, send again, ping, rotation, the automatic pause; who sees what.
 */
@TestPropertySource(properties = {
        "kizuna.events.webhooks.allow-http-loopback=true",
        "kizuna.events.webhooks.poll-interval=200ms",
        "kizuna.events.webhooks.first-retry=200ms",
        "kizuna.events.webhooks.max-retry-interval=1s",
        "kizuna.events.webhooks.request-timeout=2s",
        "kizuna.events.webhooks.lease=3s",
        "kizuna.events.webhooks.pause-after=6s"})
abstract class WebhookSpec extends EventsServiceSpec {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String BASE = "/api/events/webhooks/subscriptions";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    WebhookDispatcher dispatcher;

    @Autowired
    DeliveryStore store;

    @Autowired
    MongoTemplate mongo;

    Receiver receiver;

    @BeforeEach
    void startReceiver() throws Exception {
        receiver = new Receiver();
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    record Subscribed(String id, String secret, String etag, JsonNode view) {
    }

    Subscribed subscribe(String token, String organizationId, String url, String... types) {
        ApiClient.Response answer = api.post(BASE, token, body(organizationId, url, types));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        JsonNode json = answer.json();
        return new Subscribed(json.get("subscription").get("id").asString(), json.get("secret").asString(), etag(answer),
                json.get("subscription"));
    }

    static String body(String organizationId, String url, String... types) {
        return """
                {"organizationId": %s, "url": "%s", "eventTypes": [%s], "description": "受付システム"}
                """.formatted(organizationId == null ? "null" : "\"" + organizationId + "\"", url,
                String.join(", ", Arrays.stream(types).map(t -> "\"" + t + "\"").toList()));
    }

    String event(String organization, String title) {
        return support.publishedEvent(organization, details(title, 10, null));
    }

    /** The id of the registration a new resident made for the event. */
    String signUp(String eventId) {
        ApiClient.Response answer = support.signUp(eventId, resident(UUID.randomUUID().toString()), "会津 花子", false);
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().get("id").asString();
    }

    static JsonNode json(Call call) {
        return JSON.readTree(call.body());
    }

    static String type(Call call) {
        return json(call).get("type").asString();
    }

    static String subject(Call call) {
        return json(call).path("subject").asString();
    }

    /** Verifies as a receiver would, with nothing of the service's code: HMAC-SHA256 over id.timestamp.body. */
    static boolean signedWith(String secret, Call call) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        String expected = "v1," + Base64.getEncoder().encodeToString(
                mac.doFinal((call.webhookId() + "." + call.timestamp() + "." + call.body()).getBytes(StandardCharsets.UTF_8)));
        return Arrays.asList(call.signature().split(" ")).contains(expected);
    }

    /** The endpoint's calls once it has had at least this many. */
    List<Call> callsOf(String endpoint, int calls) {
        await().atMost(PATIENCE).until(() -> receiver.calls(endpoint).size() >= calls);
        return receiver.calls(endpoint);
    }

    @Test
    void aPartnersEndpointGetsASignedStructuredCloudEventWhenAResidentSignsUp() throws Exception {
        String organization = support.organization("一箕");
        String url = receiver.endpoint("desk", Behaviour.ok());
        ApiClient.Response created = api.post(BASE, partner(organization),
                body(null, url, EventTypes.REGISTRATION_CONFIRMED, EventTypes.EVENT_PUBLISHED));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.header("Cache-Control").orElseThrow()).contains("no-store");
        assertThat(version(created)).isZero();
        String secret = created.json().get("secret").asString();
        JsonNode view = created.json().get("subscription");
        assertThat(secret).startsWith("whsec_");
        assertThat(view.get("organizationId").asString()).isEqualTo(organization);
        assertThat(view.get("status").asString()).isEqualTo("ACTIVE");
        ApiClient.Response read = api.get(BASE + "/" + view.get("id").asString(), partner(organization));
        assertThat(read.body()).doesNotContain(secret).doesNotContain("whsec_");

        String eventId = event(organization, "ひとみ未来会議");
        String registrationId = signUp(eventId);

        await().atMost(PATIENCE).until(() -> receiver.calls("desk").stream().anyMatch(c -> subject(c).equals(registrationId)));
        Call call = receiver.calls("desk").stream().filter(c -> subject(c).equals(registrationId)).findFirst().orElseThrow();
        JsonNode cloudEvent = json(call);
        assertThat(call.contentType()).startsWith("application/cloudevents+json");
        assertThat(cloudEvent.get("specversion").asString()).isEqualTo("1.0");
        assertThat(cloudEvent.get("type").asString()).isEqualTo(EventTypes.REGISTRATION_CONFIRMED);
        assertThat(call.webhookId()).isEqualTo(cloudEvent.get("id").asString());
        assertThat(Long.parseLong(call.timestamp())).isBetween(Instant.now().getEpochSecond() - 60, Instant.now().getEpochSecond() + 1);
        assertThat(signedWith(secret, call)).isTrue();
        assertThat(signedWith(subscribe(partner(organization), null, url, EventTypes.EVENT_CHANGED).secret(), call)).isFalse();
        JsonNode registration = cloudEvent.get("data").get("registration");
        assertThat(registration.get("eventId").asString()).isEqualTo(eventId);
        assertThat(registration.get("organizerId").asString()).isEqualTo(organization);
        assertThat(registration.get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(registration.has("subject")).as("the resident's account id is not the partner's to see").isFalse();
        assertThat(receiver.calls("desk")).anyMatch(c -> type(c).equals(EventTypes.EVENT_PUBLISHED) && subject(c).equals(eventId));
    }

    @Test
    void anEndpointThatFailsTwiceGetsThreeCallsOfOneWebhookIdAndTheLogShowsEach() throws Exception {
        String organization = support.organization("湊");
        Subscribed subscription = subscribe(partner(organization), null,
                receiver.endpoint("flaky", new Behaviour(n -> n <= 2 ? 500 : 200, Duration.ZERO)), EventTypes.EVENT_PUBLISHED);

        String eventId = event(organization, "湊まちづくり講座");

        List<Call> calls = callsOf("flaky", 3);
        assertThat(calls).extracting(Call::webhookId).containsOnly(calls.getFirst().webhookId());
        for (Call call : calls) {
            assertThat(signedWith(subscription.secret(), call)).isTrue();
            assertThat(subject(call)).isEqualTo(eventId);
        }
        await().atMost(PATIENCE).until(() -> api.get(BASE + "/" + subscription.id() + "/deliveries", partner(organization)).json()
                .get("items").get(0).get("status").asString().equals("DELIVERED"));
        JsonNode delivery = api.get(BASE + "/" + subscription.id() + "/deliveries", partner(organization)).json().get("items").get(0);
        assertThat(delivery.get("attempts").asInt()).isEqualTo(3);
        assertThat(delivery.get("webhookId").asString()).isEqualTo(calls.getFirst().webhookId());
        JsonNode log = api.get(BASE + "/" + subscription.id() + "/log", partner(organization)).json().get("items");
        assertThat(log).hasSize(3);
        assertThat(log.get(0).get("statusCode").asInt()).isEqualTo(200);
        assertThat(log.get(1).get("statusCode").asInt()).isEqualTo(500);
        assertThat(log.get(2).get("statusCode").asInt()).isEqualTo(500);
        assertThat(log.get(0).get("eventType").asString()).isEqualTo(EventTypes.EVENT_PUBLISHED);
        assertThat(log.get(0).get("response").asString()).contains("received");
        assertThat(log.get(0).get("latencyMillis").asLong()).isNotNegative();
        Thread.sleep(1_500);
        assertThat(receiver.calls("flaky")).hasSize(3);
    }

    @Test
    void anEndpointThatHangsHoldsUpNoOtherOrganizationsDeliveries() {
        String slowOrganization = support.organization("一箕");
        String fineOrganization = support.organization("湊");
        subscribe(partner(slowOrganization), null, receiver.endpoint("hanging", new Behaviour(n -> 200, Duration.ofSeconds(5))),
                EventTypes.EVENT_PUBLISHED);
        subscribe(partner(fineOrganization), null, receiver.endpoint("fine", Behaviour.ok()), EventTypes.EVENT_PUBLISHED);
        for (int i = 1; i <= 5; i++) {
            event(slowOrganization, "遅い受付 " + i);
        }
        callsOf("hanging", 1);

        Instant published = Instant.now();
        String eventId = event(fineOrganization, "速い受付");

        Call call = callsOf("fine", 1).getFirst();
        assertThat(subject(call)).isEqualTo(eventId);
        assertThat(Duration.between(published, call.at()))
                .as("five hanging deliveries of 2 s each are queued at the other endpoint").isLessThan(Duration.ofSeconds(4));
    }

    @Test
    void aCancellationNeverArrivesBeforeTheConfirmationItCancels() {
        String organization = support.organization("一箕");
        subscribe(partner(organization), null, receiver.endpoint("ordered", new Behaviour(n -> n <= 3 ? 503 : 200, Duration.ZERO)),
                EventTypes.REGISTRATION_CONFIRMED, EventTypes.REGISTRATION_CANCELLED);
        String eventId = event(organization, "順番の確認");
        String token = resident(UUID.randomUUID().toString());
        ApiClient.Response signedUp = support.signUp(eventId, token, "若松 太郎", false);
        String registrationId = signedUp.json().get("id").asString();
        ApiClient.Response current = api.get("/api/events/registrations/" + registrationId, token);
        ApiClient.Response cancelled = api.send("POST", "/api/events/registrations/" + registrationId + "/cancellation", token,
                "application/json", "{\"reason\": \"都合がつかなくなりました\"}", etag(current));
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);

        List<Call> calls = callsOf("ordered", 5);

        assertThat(calls).extracting(WebhookSpec::type).containsExactly(EventTypes.REGISTRATION_CONFIRMED,
                EventTypes.REGISTRATION_CONFIRMED, EventTypes.REGISTRATION_CONFIRMED, EventTypes.REGISTRATION_CONFIRMED,
                EventTypes.REGISTRATION_CANCELLED);
    }

    @Test
    void aDeliveryWhoseDispatcherDiedMidCallIsSentAgainWithTheSameWebhookIdAndNothingIsLostWhileItIsDown() {
        String organization = support.organization("湊");
        Subscribed subscription = subscribe(partner(organization), null, receiver.endpoint("resumed", Behaviour.ok()),
                EventTypes.EVENT_PUBLISHED);
        dispatcher.stop();
        String first;
        String second;
        try {
            first = event(organization, "停止中の講座 1");
            second = event(organization, "停止中の講座 2");
            await().atMost(PATIENCE).until(() -> mongo.count(Query.query(Criteria.where("subscriptionId").is(subscription.id())),
                    WebhookDelivery.class) == 2);
            // a dispatcher took the first and died before it had an answer: its lease (3 s) has to run out
            Instant now = Instant.now();
            assertThat(store.take(subscription.id(), now, now.plus(Duration.ofSeconds(3)))).isPresent();
        } finally {
            dispatcher.start();
        }

        List<Call> calls = callsOf("resumed", 2);

        assertThat(calls).extracting(WebhookSpec::subject).containsExactlyInAnyOrder(first, second);
        assertThat(calls).extracting(Call::webhookId).doesNotHaveDuplicates();
    }

    @Test
    void replayingSinceATimeSendsAgainExactlyTheEventsSinceThenWithTheirWebhookIds() throws Exception {
        String organization = support.organization("一箕");
        Subscribed subscription = subscribe(partner(organization), null, receiver.endpoint("replayed", Behaviour.ok()),
                EventTypes.EVENT_PUBLISHED);
        String before = event(organization, "停電の前");
        callsOf("replayed", 1);
        Thread.sleep(50);
        Instant since = Instant.now();
        Thread.sleep(50);
        String after1 = event(organization, "停電の後 1");
        String after2 = event(organization, "停電の後 2");
        List<Call> original = callsOf("replayed", 3);

        ApiClient.Response replay = api.post(BASE + "/" + subscription.id() + "/replay", partner(organization),
                "{\"since\": \"" + since + "\"}");

        assertThat(replay.status()).as(replay.body()).isEqualTo(202);
        assertThat(replay.json().get("queued").asLong()).isEqualTo(2);
        List<Call> replayed = callsOf("replayed", 5).subList(3, 5);
        assertThat(replayed).extracting(WebhookSpec::subject).containsExactlyInAnyOrder(after1, after2);
        assertThat(replayed).extracting(Call::webhookId).containsExactlyInAnyOrderElementsOf(
                original.stream().filter(c -> !subject(c).equals(before)).map(Call::webhookId).toList());
        Thread.sleep(1_000);
        assertThat(receiver.calls("replayed")).hasSize(5);
    }

    @Test
    void sendingAgainAndAPingAreSignedAndLoggedLikeEveryOtherDelivery() throws Exception {
        String organization = support.organization("湊");
        Subscribed subscription = subscribe(partner(organization), null, receiver.endpoint("pinged", Behaviour.ok()),
                EventTypes.EVENT_CANCELLED);

        ApiClient.Response ping = api.post(BASE + "/" + subscription.id() + "/ping", partner(organization), "{}");

        assertThat(ping.status()).as(ping.body()).isEqualTo(202);
        Call call = callsOf("pinged", 1).getFirst();
        assertThat(type(call)).isEqualTo(WebhookEvents.PING);
        assertThat(signedWith(subscription.secret(), call)).isTrue();
        String deliveryId = ping.json().get("deliveryId").asString();
        ApiClient.Response again = api.post(BASE + "/" + subscription.id() + "/deliveries/" + deliveryId + "/redelivery",
                partner(organization), "{}");
        assertThat(again.status()).as(again.body()).isEqualTo(202);
        Call repeated = callsOf("pinged", 2).get(1);
        assertThat(repeated.webhookId()).isEqualTo(call.webhookId());
        assertThat(repeated.body()).isEqualTo(call.body());
        await().atMost(PATIENCE).until(() -> api.get(BASE + "/" + subscription.id() + "/log", partner(organization)).json()
                .get("totalItems").asInt() == 2);
        JsonNode delivery = api.get(BASE + "/" + subscription.id() + "/deliveries/" + deliveryId, partner(organization)).json();
        assertThat(delivery.get("history")).hasSize(2);
        assertThat(delivery.get("history").get(0).get("statusCode").asInt()).isEqualTo(200);
        assertThat(api.post(BASE + "/" + subscription.id() + "/deliveries/nothing-here/redelivery", partner(organization), "{}")
                .status()).isEqualTo(404);
    }

    @Test
    void afterARotationBothSecretsSignDuringTheOverlap() throws Exception {
        String organization = support.organization("一箕");
        Subscribed subscription = subscribe(partner(organization), null, receiver.endpoint("rotated", Behaviour.ok()),
                EventTypes.EVENT_PUBLISHED);
        String path = BASE + "/" + subscription.id() + "/secret-rotation";
        assertThat(api.post(path, partner(organization), "{\"overlap\": \"PT1H\"}").status()).isEqualTo(428);
        assertThat(api.send("POST", path, partner(organization), "application/json", "{\"overlap\": \"P30D\"}", subscription.etag())
                .status()).isEqualTo(400);

        ApiClient.Response rotated = api.send("POST", path, partner(organization), "application/json", "{\"overlap\": \"PT1H\"}",
                subscription.etag());

        assertThat(rotated.status()).as(rotated.body()).isEqualTo(200);
        String newSecret = rotated.json().get("secret").asString();
        assertThat(newSecret).startsWith("whsec_").isNotEqualTo(subscription.secret());
        assertThat(rotated.json().get("subscription").get("secrets")).hasSize(2);
        api.post(BASE + "/" + subscription.id() + "/ping", partner(organization), "{}");
        Call call = callsOf("rotated", 1).getFirst();
        assertThat(signedWith(newSecret, call)).isTrue();
        assertThat(signedWith(subscription.secret(), call)).isTrue();
    }

    @Test
    void anEndpointFailingForThePausePeriodIsPausedWithAReasonAndResumingSendsWhatWaited() {
        String organization = support.organization("湊");
        Subscribed subscription = subscribe(partner(organization), null, receiver.endpoint("down", new Behaviour(n -> 500, Duration.ZERO)),
                EventTypes.EVENT_PUBLISHED);
        String eventId = event(organization, "受付停止中");

        await().atMost(PATIENCE).until(() -> api.get(BASE + "/" + subscription.id(), partner(organization)).json()
                .get("status").asString().equals("PAUSED"));
        ApiClient.Response paused = api.get(BASE + "/" + subscription.id(), partner(organization));
        assertThat(paused.json().get("pausedAutomatically").asBoolean()).isTrue();
        assertThat(paused.json().get("pausedReason").asString()).contains("HTTP 500");
        int callsWhilePaused = receiver.calls("down").size();
        receiver.answer("down", Behaviour.ok());

        ApiClient.Response resumed = api.put(BASE + "/" + subscription.id(), partner(organization), """
                {"url": "%s", "eventTypes": ["%s"], "active": true}
                """.formatted(subscription.view().get("url").asString(), EventTypes.EVENT_PUBLISHED), etag(paused));

        assertThat(resumed.status()).as(resumed.body()).isEqualTo(200);
        assertThat(resumed.json().get("status").asString()).isEqualTo("ACTIVE");
        assertThat(resumed.json().has("pausedReason")).isFalse();
        Call delivered = callsOf("down", callsWhilePaused + 1).get(callsWhilePaused);
        assertThat(subject(delivered)).isEqualTo(eventId);
    }

    @Test
    void aPartnerSeesOnlyItsOwnOrganizationsEndpointsAndGetsOnlyItsEvents() {
        String own = support.organization("一箕");
        String other = support.organization("湊");
        Subscribed subscription = subscribe(partner(own), null, receiver.endpoint("own", Behaviour.ok()), EventTypes.EVENT_PUBLISHED);

        assertThat(api.get(BASE + "/" + subscription.id(), partner(other)).status()).isEqualTo(404);
        assertThat(api.get(BASE, partner(other)).json().get("totalItems").asInt()).isZero();
        assertThat(api.get(BASE + "?organizationId=" + own, partner(other)).status()).isEqualTo(403);
        assertThat(api.post(BASE, partner(other), body(own, receiver.endpoint("x", Behaviour.ok()), EventTypes.EVENT_PUBLISHED))
                .status()).isEqualTo(403);
        assertThat(api.post(BASE + "/" + subscription.id() + "/ping", partner(other), "{}").status()).isEqualTo(404);
        assertThat(api.get(BASE, resident("someone")).status()).isEqualTo(403);
        assertThat(api.get(BASE + "?organizationId=" + own, TestTokens.cityStaff()).json().get("items").get(0).get("id").asString())
                .isEqualTo(subscription.id());
        assertThat(api.get(BASE, TestTokens.forRole(Roles.ORG_ADMIN, own)).json().get("totalItems").asInt()).isEqualTo(1);

        String othersEvent = event(other, "よその講座");
        String ownEvent = event(own, "自分の講座");

        await().atMost(PATIENCE).until(() -> receiver.calls("own").stream().anyMatch(c -> subject(c).equals(ownEvent)));
        assertThat(receiver.calls("own")).extracting(WebhookSpec::subject).doesNotContain(othersEvent);
    }

    @Test
    void cityStaffRegisterForAnOrganizationAndBadSettingsAreRefusedNamingEachField() {
        String organization = support.organization("一箕");
        String staff = TestTokens.cityStaff();
        assertThat(api.post(BASE, staff, body(null, "https://minato.example/hooks", EventTypes.EVENT_PUBLISHED)).status())
                .isEqualTo(400);
        assertThat(api.post(BASE, staff, body("org-unknown", "https://minato.example/hooks", EventTypes.EVENT_PUBLISHED)).status())
                .isEqualTo(422);

        ApiClient.Response refused = api.post(BASE, staff, body(organization, "http://minato.example/hooks",
                EventTypes.EVENT_PUBLISHED, EventTypes.ORGANIZATION_UPDATED));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("type").asString()).isEqualTo("urn:kizuna:problem:validation-failed");
        assertThat(refused.json().get("errors")).extracting(e -> e.get("field").asString()).containsExactlyInAnyOrder("url", "eventTypes[1]");
        assertThat(api.get(BASE + "?organizationId=" + organization, staff).json().get("totalItems").asInt()).isZero();

        Subscribed subscription = subscribe(staff, organization, "https://minato.example/hooks", EventTypes.EVENT_PUBLISHED);
        assertThat(subscription.view().get("createdBy").asString()).isNotBlank();
        String change = body(null, "https://minato.example/v2/hooks", EventTypes.EVENT_CHANGED);
        assertThat(api.put(BASE + "/" + subscription.id(), partner(organization), change.replace("\"organizationId\": null,", "")
                .replace("\"description\": \"受付システム\"", "\"active\": true"), null).status()).isEqualTo(428);
        assertThat(api.put(BASE + "/" + subscription.id(), partner(organization), change.replace("\"organizationId\": null,", "")
                .replace("\"description\": \"受付システム\"", "\"active\": true"), "\"7\"").status()).isEqualTo(412);
        ApiClient.Response changed = api.put(BASE + "/" + subscription.id(), partner(organization), change
                .replace("\"organizationId\": null,", "").replace("\"description\": \"受付システム\"", "\"active\": true"), subscription.etag());
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(version(changed)).isEqualTo(1);
        assertThat(changed.json().get("url").asString()).isEqualTo("https://minato.example/v2/hooks");
        assertThat(api.send("DELETE", BASE + "/" + subscription.id(), partner(organization), null, null, etag(changed)).status())
                .isEqualTo(204);
        assertThat(api.get(BASE + "/" + subscription.id(), staff).status()).isEqualTo(404);
    }
}
