package jp.kizuna.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpServer;
import jp.kizuna.platform.testing.ApiClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A partner registers a webhook endpoint through the gateway (plain http to this machine, as the local
 * stack allows), pings it, and receives its event's publication as a signed structured CloudEvent; the
 * delivery log shows both calls.
 */
@ExtendWith(RunningStack.class)
class WebhooksThroughGatewayIT {

    static final Duration PROPAGATION = Duration.ofSeconds(30);
    static final JsonMapper JSON = JsonMapper.builder().build();

    final ApiClient gateway = RunningStack.gateway();

    record Call(Map<String, List<String>> headers, String body) {

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).findFirst()
                    .map(e -> e.getValue().getFirst()).orElse(null);
        }
    }

    @Test
    void aPartnersEndpointReceivesItsSignedEventsThroughTheWholeStack() throws Exception {
        List<Call> calls = new CopyOnWriteArrayList<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
        receiver.createContext("/hooks", exchange -> {
            calls.add(new Call(Map.copyOf(exchange.getRequestHeaders()),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        try {
            String city = RunningStack.token("city-staff");
            String organizationId = register(city);
            String partner = RunningStack.token("partner", organizationId);
            String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks";
            ApiClient.Response[] subscribed = new ApiClient.Response[1];
            await().atMost(PROPAGATION).until(() -> {
                subscribed[0] = gateway.post("/api/events/webhooks/subscriptions", partner, """
                        {"url": "%s", "eventTypes": ["jp.kizuna.events.event.published.v1"], "description": "受付システム"}
                        """.formatted(url));
                return subscribed[0].status() != 422; // until the events service knows the new organization
            });
            assertThat(subscribed[0].status()).as(subscribed[0].body()).isEqualTo(201);
            String secret = subscribed[0].json().get("secret").asString();
            String subscriptionId = subscribed[0].json().get("subscription").get("id").asString();

            assertThat(gateway.post("/api/events/webhooks/subscriptions/" + subscriptionId + "/ping", partner, "{}").status())
                    .isEqualTo(202);
            String eventId = publish(city, organizationId);

            await().atMost(PROPAGATION).until(() -> calls.stream().anyMatch(c -> eventId.equals(json(c).path("subject").asString())));
            Call published = calls.stream().filter(c -> eventId.equals(json(c).path("subject").asString())).findFirst().orElseThrow();
            assertThat(published.header("Content-Type")).startsWith("application/cloudevents+json");
            assertThat(json(published).get("type").asString()).isEqualTo("jp.kizuna.events.event.published.v1");
            assertThat(signedWith(secret, published)).isTrue();
            assertThat(calls).anyMatch(c -> json(c).get("type").asString().equals("jp.kizuna.events.webhook.ping.v1"));
            await().atMost(PROPAGATION).until(() -> gateway.get("/api/events/webhooks/subscriptions/" + subscriptionId + "/log", partner)
                    .json().get("totalItems").asInt() == 2);
            assertThat(gateway.get("/api/events/webhooks/subscriptions/" + subscriptionId, RunningStack.token("partner", "someone-else"))
                    .status()).isEqualTo(404);
        } finally {
            receiver.stop(0);
        }
    }

    private static JsonNode json(Call call) {
        return JSON.readTree(call.body());
    }

    private static boolean signedWith(String secret, Call call) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        String signed = call.header("webhook-id") + "." + call.header("webhook-timestamp") + "." + call.body();
        String expected = "v1," + Base64.getEncoder().encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
        return Arrays.asList(call.header("webhook-signature").split(" ")).contains(expected);
    }

    private String register(String city) {
        ApiClient.Response[] organization = new ApiClient.Response[1];
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            organization[0] = gateway.post("/api/registry/organizations", city, """
                    {"name": "NPO法人 会津ウェブフック研究会", "nameKana": "えぬぴーおーあいづうぇぶふっくけんきゅうかい",
                     "kind": "NPO_PARTNER", "districts": ["湊"]}""");
            return organization[0].status() != 503;
        });
        assertThat(organization[0].status()).as(organization[0].body()).isEqualTo(201);
        return organization[0].json().get("id").asString();
    }

    private String publish(String city, String organizationId) {
        LocalDate day = LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(7);
        ApiClient.Response draft = gateway.post("/api/events", city, """
                {"organizerId": "%s", "details": {"title": "湊 ウェブフック説明会", "kind": "WORKSHOP",
                 "venue": {"name": "湊公民館"}, "schedule": {"date": "%s", "startTime": "10:00", "endTime": "11:30"},
                 "capacity": 20, "projectCode": "36-1-7"}}
                """.formatted(organizationId, day));
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        String eventId = draft.json().get("id").asString();
        ApiClient.Response published = gateway.send("POST", "/api/events/" + eventId + "/publication", city, null, null,
                draft.header("ETag").orElseThrow());
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        return eventId;
    }
}
