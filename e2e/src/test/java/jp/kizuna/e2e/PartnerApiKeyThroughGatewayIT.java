package jp.kizuna.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import jp.kizuna.platform.testing.ApiClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A partner NPO publishes with an API key: city staff issue it at the registry, the gateway accepts
 * it and hands the events service a token it signed, the event is the partner's own and waits for
 * moderation; the key cannot act for another organization, and once revoked (by hand, or with its
 * organization's dissolution) it is refused within seconds while the event stays.
 */
@ExtendWith(RunningStack.class)
class PartnerApiKeyThroughGatewayIT {

    static final Duration PROPAGATION = Duration.ofSeconds(30);

    final ApiClient gateway = RunningStack.gateway();

    @Test
    void aPartnerPublishesWithItsKeyUntilTheCityRevokesIt() {
        String city = RunningStack.token("city-staff");
        String partnerOrganization = register(city, "NPO法人 会津つながりネット", "えぬぴーおーあいづつながりねっと");
        String otherOrganization = register(city, "湊まちづくり応援団", "みなとまちづくりおうえんだん");
        ApiClient.Response issued = gateway.post("/api/registry/organizations/" + partnerOrganization + "/api-keys", city,
                "{\"label\": \"イベント連携 (event feed)\", \"scopes\": [\"EVENTS_PUBLISH\"]}");
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        String key = ApiClient.apiKey(issued.json().get("key").asString());
        String keyId = issued.json().get("apiKey").get("id").asString();

        ApiClient.Response[] draft = new ApiClient.Response[1];
        await().atMost(PROPAGATION).until(() -> {
            draft[0] = gateway.post("/api/events", key, eventOf(partnerOrganization));
            return draft[0].status() == 201;
        });
        String eventId = draft[0].json().get("id").asString();
        assertThat(draft[0].json().get("organizer").get("id").asString()).isEqualTo(partnerOrganization);
        ApiClient.Response submitted = gateway.send("POST", "/api/events/" + eventId + "/publication", key, null, null,
                draft[0].header("ETag").orElseThrow());
        assertThat(submitted.json().get("status").asString()).isEqualTo("AWAITING_MODERATION");

        ApiClient.Response forOther = gateway.post("/api/events", key, eventOf(otherOrganization));
        assertThat(forOther.status()).as(forOther.body()).isIn(403, 404);
        assertThat(forOther.isProblem()).isTrue();
        ApiClient.Response keysListed = gateway.get("/api/registry/organizations/" + partnerOrganization + "/api-keys", key);
        assertThat(keysListed.status()).as("a key cannot manage keys").isEqualTo(403);

        ApiClient.Response revoked = gateway.send("DELETE", "/api/registry/organizations/" + partnerOrganization
                + "/api-keys/" + keyId, city, null, null);
        assertThat(revoked.status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
                .until(() -> gateway.post("/api/events", key, eventOf(partnerOrganization)).status() == 401);
        ApiClient.Response refused = gateway.get("/api/events/" + eventId, key);
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.isProblem()).isTrue();
        assertThat(gateway.get("/api/events/" + eventId, city).json().get("status").asString())
                .isEqualTo("AWAITING_MODERATION");
    }

    @Test
    void dissolvingThePartnersOrganizationRevokesItsKeyAtEveryGatewayWithinSeconds() {
        String city = RunningStack.token("city-staff");
        String organization = register(city, "NPO法人 会津まちの灯", "えぬぴーおーあいづまちのあかり");
        ApiClient.Response issued = gateway.post("/api/registry/organizations/" + organization + "/api-keys", city,
                "{\"label\": \"イベント連携 (event feed)\", \"scopes\": [\"EVENTS_PUBLISH\"]}");
        String key = ApiClient.apiKey(issued.json().get("key").asString());
        String keyId = issued.json().get("apiKey").get("id").asString();
        await().atMost(PROPAGATION).until(() -> gateway.get("/api/events?organizerId=" + organization, key).status() == 200);
        String etag = gateway.get("/api/registry/organizations/" + organization).header("ETag").orElseThrow();

        ApiClient.Response dissolved = gateway.send("POST", "/api/registry/organizations/" + organization + "/dissolution",
                city, "application/json", "{\"dissolvedOn\": \"2026-03-31\", \"reason\": \"活動終了\"}", etag);

        assertThat(dissolved.status()).as(dissolved.body()).isEqualTo(200);
        assertThat(dissolved.json().get("status").asString()).isEqualTo("DISSOLVED");
        assertThat(dissolved.json().get("apiKeys").get("revoked").toString()).isEqualTo("[\"" + keyId + "\"]");
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
                .until(() -> gateway.get("/api/events?organizerId=" + organization, key).status() == 401);
    }

    private String register(String city, String name, String kana) {
        ApiClient.Response[] organization = new ApiClient.Response[1];
        // the first test of the run: the registry may still answer 503 with Retry-After, as clients are told to retry
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            organization[0] = gateway.post("/api/registry/organizations", city, """
                    {"name": "%s", "nameKana": "%s", "kind": "NPO_PARTNER", "districts": ["湊"]}""".formatted(name, kana));
            return organization[0].status() != 503;
        });
        assertThat(organization[0].status()).as(organization[0].body()).isEqualTo(201);
        return organization[0].json().get("id").asString();
    }

    private static String eventOf(String organizerId) {
        LocalDate day = LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(30);
        return """
                {"organizerId": "%s", "details": {"title": "湊の里山あるき", "kind": "WORKSHOP",
                 "venue": {"name": "湊公民館"}, "schedule": {"date": "%s", "startTime": "09:00", "endTime": "12:00"},
                 "capacity": 20, "registration": {"deadline": "%s"}}}""".formatted(organizerId, day, day.minusDays(3));
    }
}
