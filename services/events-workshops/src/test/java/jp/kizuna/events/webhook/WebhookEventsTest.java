package jp.kizuna.events.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import jp.kizuna.platform.contracts.EventTypes;
import jp.kizuna.platform.events.ReceivedEvent;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class WebhookEventsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String CANCELLED = """
            {"registrationId": "r1", "reason": "都合がつかなくなりました", "cancelledBy": "resident-hanako",
             "registration": {"id": "r1", "eventId": "e1", "organizerId": "minato", "subject": "resident-hanako",
                              "status": "CANCELLED", "ticket": 3}}
            """;

    private static ReceivedEvent event(String type, String data) {
        return new ReceivedEvent("id-1", type, "/kizuna/events-workshops", "r1", 2, Instant.parse("2026-12-01T10:00:00Z"),
                data.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theOrganizerOfARegistrationEventIsThatOfItsRegistration() {
        JsonNode data = JSON.readTree(CANCELLED);

        assertThat(WebhookEvents.organizer(event(EventTypes.REGISTRATION_CANCELLED, CANCELLED), data)).contains("minato");
    }

    @Test
    void anEventOfTheCityItselfHasNoOrganizationToDeliverTo() {
        String data = "{\"eventId\": \"e1\", \"event\": {\"id\": \"e1\", \"organizerId\": null}}";

        assertThat(WebhookEvents.organizer(event(EventTypes.EVENT_PUBLISHED, data), JSON.readTree(data))).isEmpty();
    }

    @Test
    void eventsOfOtherServicesAreNotSubscribable() {
        assertThat(WebhookEvents.subscribable(EventTypes.ORGANIZATION_UPDATED)).isFalse();
        assertThat(WebhookEvents.subscribable(WebhookEvents.PING)).isFalse();
        assertThat(WebhookEvents.TYPES).hasSize(8).allMatch(WebhookEvents::subscribable);
    }

    @Test
    void theDeliveredDataLeavesOutTheResidentsAccountIds() {
        JsonNode delivered = WebhookEvents.deliveredData(JSON.readTree(CANCELLED));

        assertThat(delivered.has("cancelledBy")).isFalse();
        assertThat(delivered.get("registration").has("subject")).isFalse();
        assertThat(delivered.get("registration").get("ticket").asInt()).isEqualTo(3);
        assertThat(delivered.get("reason").asString()).isEqualTo("都合がつかなくなりました");
    }

    @Test
    void theStructuredEventCarriesTheAttributesAndTheDataInOneObject() {
        String body = WebhookEvents.structured(JSON, "id-1", "/kizuna/events-workshops", EventTypes.REGISTRATION_CANCELLED, "r1", 2,
                Instant.parse("2026-12-01T10:00:00Z"), JSON.readTree("{\"a\": 1}"));
        JsonNode event = JSON.readTree(body);

        assertThat(event.get("specversion").asString()).isEqualTo("1.0");
        assertThat(event.get("id").asString()).isEqualTo("id-1");
        assertThat(event.get("type").asString()).isEqualTo(EventTypes.REGISTRATION_CANCELLED);
        assertThat(event.get("subject").asString()).isEqualTo("r1");
        assertThat(event.get("time").asString()).isEqualTo("2026-12-01T10:00:00Z");
        assertThat(event.get("datacontenttype").asString()).isEqualTo("application/json");
        assertThat(event.get("sequence").asString()).isEqualTo("2");
        assertThat(event.get("data").get("a").asInt()).isEqualTo(1);
    }
}
