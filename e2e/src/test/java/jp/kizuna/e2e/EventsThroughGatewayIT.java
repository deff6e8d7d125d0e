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
 * The events service behind the gateway, with the registry and the KPI service around it: an
 * organization registered at the registry publishes through a partner account, a city moderator
 * approves, a resident signs up, the organizer records attendance, and the KPI service counts the
 * participants.
 */
@ExtendWith(RunningStack.class)
class EventsThroughGatewayIT {

    static final Duration PROPAGATION = Duration.ofSeconds(30);

    final ApiClient gateway = RunningStack.gateway();

    @Test
    void aPartnersEventIsModeratedFilledAndCountedAcrossTheServices() {
        String city = RunningStack.token("city-staff");
        ApiClient.Response organization = gateway.post("/api/registry/organizations", city, """
                {"name": "門田地区まちづくり協議会", "nameKana": "もんでんちくまちづくりきょうぎかい",
                 "kind": "REGIONAL_MANAGEMENT_ORGANIZATION", "districts": ["門田"], "foundedOn": "2025-04-01"}
                """);
        assertThat(organization.status()).as(organization.body()).isEqualTo(201);
        String organizationId = organization.json().get("id").asString();
        String partner = RunningStack.token("partner", organizationId);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        String draftBody = """
                {"organizerId": "%s", "details": {"title": "門田地区 地域清掃", "kind": "CLEANUP",
                 "venue": {"name": "門田公民館"}, "schedule": {"date": "%s", "startTime": "00:00", "endTime": "23:59"},
                 "capacity": 30, "registration": {"deadline": "%s"}, "projectCode": "36-1-7"}}
                """.formatted(organizationId, today, today);

        ApiClient.Response[] draft = new ApiClient.Response[1];
        await().atMost(PROPAGATION).until(() -> {
            draft[0] = gateway.post("/api/events", partner, draftBody);
            return draft[0].status() == 201;
        });
        String eventId = draft[0].json().get("id").asString();
        ApiClient.Response submitted = gateway.send("POST", "/api/events/" + eventId + "/publication", partner, null, null,
                draft[0].header("ETag").orElseThrow());
        assertThat(submitted.json().get("status").asString()).isEqualTo("AWAITING_MODERATION");
        ApiClient.Response approved = gateway.send("POST", "/api/events/" + eventId + "/moderation/approval", city, null, null,
                submitted.header("ETag").orElseThrow());
        assertThat(approved.json().get("status").asString()).isEqualTo("PUBLISHED");

        ApiClient.Response signedUp = gateway.post("/api/events/" + eventId + "/registrations", RunningStack.token("resident"),
                "{\"registrant\": {\"name\": \"会津花子\"}}");
        assertThat(signedUp.status()).as(signedUp.body()).isEqualTo(201);
        assertThat(signedUp.json().get("status").asString()).isEqualTo("CONFIRMED");
        ApiClient.Response checkedIn = gateway.post("/api/events/" + eventId + "/attendance/check-ins", partner,
                "{\"registrationId\": \"" + signedUp.json().get("id").asString() + "\"}");
        assertThat(checkedIn.status()).as(checkedIn.body()).isEqualTo(200);
        ApiClient.Response counted = gateway.put("/api/events/" + eventId + "/attendance/counts", partner,
                "{\"walkIns\": 4, \"groups\": [{\"name\": \"門田小学校PTA\", \"headcount\": 10}]}", null);
        assertThat(counted.json().get("participants").asInt()).isEqualTo(15);

        int fiscalYear = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
        await().atMost(PROPAGATION).untilAsserted(() -> assertThat(gateway.get("/api/kpi/participation?fiscalYear=" + fiscalYear)
                .json().get("byOrganizer").get(organizationId).get("participants").asInt()).isEqualTo(15));
        assertThat(gateway.getAccepting("/api/events/feeds/districts/門田.ics", "text/calendar").body())
                .contains("UID:" + eventId + "@");
    }
}
