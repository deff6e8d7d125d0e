package jp.kizuna.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import jp.kizuna.platform.testing.ApiClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * People signed in with their own accounts (the demo people of the local issuer, through its sign-in form)
 * act through the gateway as themselves: two residents are told apart, an officer acts for their one
 * organization only, and what they did is shown under their names.
 */
@ExtendWith(RunningStack.class)
class PeopleThroughGatewayIT {

    static final String HANAKO = "hanako@kizuna.example";
    static final String TARO = "taro@kizuna.example";

    final ApiClient gateway = RunningStack.gateway();

    static List<String> ids(JsonNode registrations) {
        List<String> ids = new ArrayList<>();
        (registrations.has("items") ? registrations.get("items") : registrations).forEach(r -> ids.add(r.get("id").asString()));
        return ids;
    }

    @Test
    void twoResidentsAreToldApartAndAnOfficerActsOnlyForTheirOrganization() {
        String officer = RunningStack.personToken("officer.ikki@kizuna.example", "hitomi-machizukuri-24");
        String staff = RunningStack.personToken("staff@kizuna.example", "chiiki-zukuri-ka-desk");
        String hanako = RunningStack.personToken(HANAKO, "aoi-sora-no-shita");
        String taro = RunningStack.personToken(TARO, "kita-no-yuki-michi");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        String draft = """
                {"organizerId": "%s", "details": {"title": "一箕地区 雪かきボランティア説明会", "kind": "WORKSHOP",
                 "venue": {"name": "一箕公民館"}, "schedule": {"date": "%s", "startTime": "00:00", "endTime": "23:59"},
                 "capacity": 20, "registration": {"deadline": "%s"}}}
                """;

        ApiClient.Response[] foreign = new ApiClient.Response[1];
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            foreign[0] = gateway.post("/api/events", officer, draft.formatted("minato", today, today));
            return foreign[0].status() != 503;  // the events service may still be starting
        });
        assertThat(foreign[0].status()).as("an officer of 一箕 for 湊: " + foreign[0].body()).isEqualTo(403);
        ApiClient.Response[] created = new ApiClient.Response[1];
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            created[0] = gateway.post("/api/events", officer, draft.formatted("ikki", today, today));
            return created[0].status() == 201;
        });
        String eventId = created[0].json().get("id").asString();
        ApiClient.Response submitted = gateway.send("POST", "/api/events/" + eventId + "/publication", officer, null, null,
                created[0].header("ETag").orElseThrow());
        if ("AWAITING_MODERATION".equals(submitted.json().get("status").asString())) {
            submitted = gateway.send("POST", "/api/events/" + eventId + "/moderation/approval", staff, null, null,
                    submitted.header("ETag").orElseThrow());
        }
        assertThat(submitted.json().get("status").asString()).isEqualTo("PUBLISHED");

        ApiClient.Response hers = gateway.post("/api/events/" + eventId + "/registrations", hanako,
                "{\"registrant\": {\"name\": \"会津 花子\"}}");
        ApiClient.Response his = gateway.post("/api/events/" + eventId + "/registrations", taro,
                "{\"registrant\": {\"name\": \"若松 太郎\"}}");
        assertThat(hers.status()).as(hers.body()).isEqualTo(201);
        assertThat(his.status()).as(his.body()).isEqualTo(201);
        String herId = hers.json().get("id").asString();
        String hisId = his.json().get("id").asString();

        assertThat(ids(gateway.get("/api/events/registrations/mine", hanako).json())).contains(herId).doesNotContain(hisId);
        assertThat(ids(gateway.get("/api/events/registrations/mine", taro).json())).contains(hisId).doesNotContain(herId);
        ApiClient.Response notHersToRead = gateway.get("/api/events/registrations/" + hisId, hanako);
        assertThat(notHersToRead.status()).as(notHersToRead.body()).isIn(403, 404);
        ApiClient.Response notHersToCancel = gateway.send("POST", "/api/events/registrations/" + hisId + "/cancellation",
                hanako, "application/json", "{}", his.header("ETag").orElseThrow());
        assertThat(notHersToCancel.status()).as(notHersToCancel.body()).isIn(403, 404);
        assertThat(gateway.get("/api/events/registrations/" + hisId, taro).json().get("status").asString()).isEqualTo("CONFIRMED");
    }
}
