package jp.kizuna.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import jp.kizuna.platform.contracts.EventTypes;
import jp.kizuna.platform.contracts.Topics;
import jp.kizuna.platform.contracts.Roles;
import jp.kizuna.platform.testing.ApiClient;
import jp.kizuna.platform.testing.TestEventPublisher;
import jp.kizuna.platform.testing.TestTokens;
import tools.jackson.databind.JsonNode;

/**
 * What the events specifications share: organizations announced by the registry, events drafted
 * and published through the API, residents with tokens of their own.
 */
public final class EventsTestSupport {

    private final ApiClient api;
    private final TestEventPublisher registry;

    public EventsTestSupport(ApiClient api, TestEventPublisher registry) {
        this.api = api;
        this.registry = registry;
    }

    /** An organization the registry announced (in the given district), known to the events service once this returns. */
    public String organization(String district) {
        String id = "org-" + UUID.randomUUID().toString().substring(0, 8);
        registry.publish(TestEventPublisher.event(Topics.REGISTRY_ORGANIZATION, EventTypes.ORGANIZATION_REGISTERED, id, 1, """
                {"organizationId": "%s", "organization": {"id": "%s", "name": "試験まちづくり協議会%s",
                 "kind": "REGIONAL_MANAGEMENT_ORGANIZATION", "status": "ACTIVE", "districts": ["%s"]}}
                """.formatted(id, id, id, district)));
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            ApiClient.Response draft = api.post("/api/events", TestTokens.cityStaff(), draftBody(id, details("確認用", 1, null)));
            return draft.status() == 201;
        });
        return id;
    }

    public static String partner(String organization) {
        return TestTokens.forRole(Roles.PARTNER, organization);
    }

    public static String orgAdmin(String organization) {
        return TestTokens.forRole(Roles.ORG_ADMIN, organization);
    }

    /** A resident with an account of their own. */
    public static String resident(String name) {
        return TestTokens.issue(TestTokens.claims(Roles.RESIDENT, null).subject("resident-" + name).build());
    }

    /** Details of a workshop a week from now, 18:30–20:00, with the given capacity and registration deadline. */
    public static String details(String title, Integer capacity, LocalDate deadline) {
        return details(title, capacity, LocalDate.now().plusDays(7), deadline, false);
    }

    public static String details(String title, Integer capacity, LocalDate day, LocalDate deadline, boolean declaration) {
        return """
                {"title": "%s", "kind": "WORKSHOP", "description": "地域の未来を話し合います。",
                 "venue": {"name": "一箕公民館", "address": "会津若松市一箕町", "latitude": 37.51, "longitude": 139.95},
                 "schedule": {"date": "%s", "startTime": "18:30", "endTime": "20:00"},
                 "capacity": %s, "registration": {"required": true, "deadline": %s},
                 "eligibility": "一箕地区にお住まい、または一箕地区で働いている人", "eligibilityDeclarationRequired": %s,
                 "projectCode": "36-2-9"}
                """.formatted(title, day, capacity, deadline == null ? "null" : "\"" + deadline + "\"", declaration);
    }

    public static String draftBody(String organizerId, String details) {
        return """
                {"organizerId": %s, "details": %s}
                """.formatted(organizerId == null ? "null" : "\"" + organizerId + "\"", details);
    }

    /** Drafts and publishes as city staff; returns the event's id. */
    public String publishedEvent(String organizerId, String details) {
        ApiClient.Response draft = api.post("/api/events", TestTokens.cityStaff(), draftBody(organizerId, details));
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        String id = draft.json().get("id").asString();
        ApiClient.Response published = api.send("POST", "/api/events/" + id + "/publication", TestTokens.cityStaff(), null, null,
                etag(draft));
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        assertThat(published.json().get("status").asString()).isEqualTo("PUBLISHED");
        return id;
    }

    public ApiClient.Response signUp(String eventId, String token, String name, boolean declared) {
        return api.post("/api/events/" + eventId + "/registrations", token, signUpBody(name, declared, null));
    }

    public static String signUpBody(String name, boolean declared, String channel) {
        return """
                {"registrant": {"name": "%s", "phone": "0242-00-0000"}, "eligibilityDeclared": %s, "channel": %s}
                """.formatted(name, declared, channel == null ? "null" : "\"" + channel + "\"");
    }

    public JsonNode event(String id) {
        return api.get("/api/events/" + id, TestTokens.cityStaff()).json();
    }

    public static String etag(ApiClient.Response response) {
        return response.header("ETag").orElseThrow();
    }

    /**
     * The version an answer's ETag names ({@code "3.<hash of the body>"} → 3): what If-Match compares; the
     * hash changes with every change of the body (a write's answer and the next read may differ in it).
     */
    public static long version(ApiClient.Response response) {
        String tag = etag(response).replace("\"", "");
        return Long.parseLong(tag.contains(".") ? tag.substring(0, tag.indexOf('.')) : tag);
    }
}
