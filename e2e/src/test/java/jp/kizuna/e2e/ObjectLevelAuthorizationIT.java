package jp.kizuna.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jp.kizuna.platform.testing.ApiClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * Object-level authorization across the four services, generated from their OpenAPI documents: for
 * every operation whose path names an organization or something belonging to one (an event, a
 * registration, an application, an API key...), organization A's org-admin, partner and partner API
 * key acting on organization B's data get 403 or 404 — unless anyone may read it anyway (an
 * anonymous GET succeeds). Each call is otherwise right — a body made from the operation's schema,
 * the resource's current ETag — so that only whose data it is can make it fail. A new operation with
 * a path parameter this suite does not know fails here until its parameter is given a value below,
 * so no endpoint is forgotten.
 */
@ExtendWith(RunningStack.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ObjectLevelAuthorizationIT {

    static final List<String> DOCUMENTS = List.of("registry", "kpi", "subsidies", "events");
    static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");
    static final Duration PROPAGATION = Duration.ofSeconds(30);

    /**
     * Writes every signed-in person may make on anyone's public event: signing up for it. A's org-admin
     * is a person too; the suite checks that a resident may indeed do the same.
     */
    static final Set<String> OPEN_TO_EVERY_PERSON = Set.of("POST /api/events/{eventId}/registrations",
            "POST /api/events/series/{seriesId}/registrations");

    ApiClient gateway;
    String city;

    String organizationA;
    String organizationB;
    Map<String, String> callersOfA;
    final Map<String, String> ofB = new LinkedHashMap<>();

    @BeforeAll
    void organizationsAAndBWithBsData() {
        gateway = RunningStack.gateway();
        city = RunningStack.token("city-staff");
        organizationA = register("一箕まちづくり協議会A");
        organizationB = register("一箕まちづくり協議会B");
        String keyOfA = issueKey(organizationA).get("key").asString();
        callersOfA = Map.of("org-admin of A", RunningStack.token("org-admin", organizationA),
                "partner of A", RunningStack.token("partner", organizationA),
                "API key of A", ApiClient.apiKey(keyOfA));
        ofB.put("organization", organizationB);
        ofB.put("apiKey", issueKey(organizationB).get("apiKey").get("id").asString());
        String partnerOfB = RunningStack.token("partner", organizationB);
        ofB.put("draftEvent", draftEvent(partnerOfB).json().get("id").asString());
        ofB.put("event", publishedEvent(partnerOfB));
        ApiClient.Response registration = gateway.post("/api/events/" + ofB.get("event") + "/registrations",
                partnerOfB, "{\"registrant\": {\"name\": \"会津太郎\", \"phone\": \"0242-00-0000\"}, \"channel\": \"PHONE\"}");
        assertThat(registration.status()).as(registration.body()).isEqualTo(201);
        ofB.put("registration", registration.json().get("id").asString());
        ofB.put("webhook", webhookOf(organizationB));
        ofB.put("webhookDelivery", pinged(ofB.get("webhook")));
        ofB.put("programme", programme());
        ofB.put("application", application(ofB.get("programme"), RunningStack.token("org-admin", organizationB)));
    }

    @TestFactory
    Stream<DynamicTest> everyOperationOnAnotherOrganizationsDataIsRefused() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String document : DOCUMENTS) {
            JsonNode openApi = gateway.get("/api/docs/" + document).json();
            JsonNode paths = openApi.get("paths");
            assertThat(paths).as("the " + document + " document").isNotNull();
            for (Map.Entry<String, JsonNode> path : paths.properties()) {
                for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                    String method = operation.getKey().toUpperCase();
                    if (!List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE").contains(method)
                            || !PATH_PARAMETER.matcher(path.getKey()).find()) {
                        continue;
                    }
                    tests.add(DynamicTest.dynamicTest(method + " " + path.getKey(),
                            () -> refusedForA(method, path.getKey(), operation.getValue(), openApi)));
                }
            }
        }
        assertThat(tests).as("operations found in the documents").hasSizeGreaterThan(50);
        return tests.stream();
    }

    private void refusedForA(String method, String template, JsonNode operation, JsonNode document) {
        String path = concrete(template) + tenantQuery(operation);
        if (method.equals("GET") || method.equals("HEAD")) {
            ApiClient.Response anonymous = gateway.getAccepting(path, "*/*");
            if (anonymous.status() >= 200 && anonymous.status() < 300) {
                return; // public: anyone may read it, A included
            }
        }
        // everything else about the call is right (a valid body, the current ETag), so that only the
        // question of whose data it is can make it fail
        String body = operation.has("requestBody") ? validBody(operation.get("requestBody"), document) : null;
        String etag = method.equals("GET") || method.equals("HEAD") ? null : currentEtag(path);
        if (OPEN_TO_EVERY_PERSON.contains(method + " " + template)) {
            ApiClient.Response byAResident = gateway.send(method, path, RunningStack.token("resident"), "application/json",
                    body, etag);
            assertThat(byAResident.status()).as("a resident: %s", byAResident.body()).isBetween(200, 299);
            return; // anyone signed in may do it: not organization B's business
        }
        callersOfA.forEach((caller, credential) -> {
            ApiClient.Response answer = gateway.send(method, path, credential, body == null ? null : "application/json",
                    body, etag);
            assertThat(answer.status()).as("%s: %s %s with %s answered %s", caller, method, path, body, answer.body())
                    .isIn(403, 404);
            assertThat(answer.isProblem()).as("%s: a problem document", caller).isTrue();
        });
    }

    /** The ETag of the resource the path acts on: the path itself or the resource it is an action of. */
    private String currentEtag(String path) {
        String candidate = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        for (int level = 0; level < 3 && candidate.lastIndexOf('/') > 0; level++) {
            ApiClient.Response read = gateway.get(candidate, city);
            if (read.status() == 200 && read.header("ETag").isPresent()) {
                return read.header("ETag").get();
            }
            candidate = candidate.substring(0, candidate.lastIndexOf('/'));
        }
        return null;
    }

    /** A body that passes the checks: the operation's documented example, or one made from its schema. */
    private String validBody(JsonNode requestBody, JsonNode document) {
        JsonNode media = requestBody.path("content").path("application/json");
        if (media.has("example")) {
            return json(media.get("example"));
        }
        if (media.path("examples").isObject() && !media.get("examples").isEmpty()) {
            return json(media.get("examples").values().iterator().next().path("value"));
        }
        JsonNode schema = media.path("schema");
        return schema.isMissingNode() ? "{}" : sample(schema, document, 0);
    }

    /** An example as JSON text (springdoc keeps some examples as a string holding the JSON). */
    private static String json(JsonNode example) {
        boolean jsonInAString = example.isString() && (example.asString().strip().startsWith("{")
                || example.asString().strip().startsWith("["));
        return jsonInAString ? example.asString() : example.toString();
    }

    private String sample(JsonNode schema, JsonNode document, int depth) {
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asString().substring("#/components/schemas/".length());
            return sample(document.path("components").path("schemas").path(name), document, depth + 1);
        }
        if (schema.has("example")) {
            return json(schema.get("example"));
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0).toString();
        }
        String type = schema.path("type").isArray() ? schema.path("type").get(0).asString() : schema.path("type").asString("object");
        String format = schema.path("format").asString("");
        return switch (type) {
            case "string" -> switch (format) {
                case "date" -> "\"2025-06-01\"";
                case "date-time" -> "\"2025-06-01T10:00:00Z\"";
                default -> "\"x\"";
            };
            case "integer", "number" -> schema.has("minimum") ? schema.get("minimum").toString() : "1";
            case "boolean" -> "false";
            case "array" -> schema.path("minItems").asInt(0) > 0 && depth < 6
                    ? "[" + sample(schema.path("items"), document, depth + 1) + "]" : "[]";
            default -> {
                List<String> fields = new ArrayList<>();
                if (depth < 6) {
                    for (JsonNode required : schema.path("required")) {
                        String name = required.asString();
                        fields.add("\"" + name + "\": " + sample(schema.path("properties").path(name), document, depth + 1));
                    }
                }
                yield "{" + String.join(", ", fields) + "}";
            }
        };
    }

    /** The path with B's identifiers (or reference data) for each parameter. */
    private String concrete(String template) {
        Matcher parameter = PATH_PARAMETER.matcher(template);
        StringBuilder path = new StringBuilder();
        while (parameter.find()) {
            String value = URLEncoder.encode(valueFor(template, parameter.group(1)), StandardCharsets.UTF_8);
            parameter.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        parameter.appendTail(path);
        return path.toString();
    }

    private String valueFor(String template, String name) {
        return switch (name) {
            case "organizationId" -> ofB.get("organization");
            case "keyId" -> ofB.get("apiKey");
            case "eventId" -> ofB.get("event");
            case "registrationId" -> ofB.get("registration");
            case "applicationId" -> ofB.get("application");
            case "programmeId" -> ofB.get("programme");
            case "seriesId" -> "ikki-machizukuri-workshop-2024";
            case "fiscalYear" -> "2024";
            case "code" -> template.startsWith("/api/kpi/projects") ? "36-1-7" : "active-community-organizations";
            case "projectCode" -> "36-1-7";
            case "field" -> "36";
            case "measure" -> "1";
            case "slug" -> "meeting-house";
            case "district", "name" -> "一箕";
            case "deliveryId" -> ofB.get("webhookDelivery");
            case "id" -> idFor(template);
            default -> fail("No value for the path parameter {%s} of %s: give it one in valueFor(), naming what it "
                    + "identifies (organization B's data, or reference data).", name, template);
        };
    }

    private String idFor(String template) {
        if (template.startsWith("/api/registry/organizations/")) {
            return ofB.get("organization");
        }
        if (template.startsWith("/api/registry/placements/")) {
            return "kyoryokutai-minato-2023";
        }
        if (template.startsWith("/api/events/registrations/")) {
            return ofB.get("registration");
        }
        if (template.startsWith("/api/events/webhooks/subscriptions/")) {
            return ofB.get("webhook");
        }
        if (template.startsWith("/api/events/series/")) {
            return "ikki-machizukuri-workshop-2024";
        }
        if (template.startsWith("/api/events/")) {
            return template.endsWith("/{id}") ? ofB.get("draftEvent") : ofB.get("event");
        }
        if (template.startsWith("/api/subsidies/applications/")) {
            return ofB.get("application");
        }
        if (template.startsWith("/api/subsidies/programmes/")) {
            return ofB.get("programme");
        }
        return fail("No value for {id} in %s: say in idFor() whose data it names.", template);
    }

    /** Query parameters naming an organization point at B too (e.g. a list filtered by organization). */
    private String tenantQuery(JsonNode operation) {
        List<String> query = new ArrayList<>();
        for (JsonNode parameter : operation.path("parameters")) {
            String name = parameter.path("name").asString();
            if (parameter.path("in").asString().equals("query") && List.of("organizationId", "organizerId").contains(name)) {
                query.add(name + "=" + ofB.get("organization"));
            }
        }
        return query.isEmpty() ? "" : "?" + String.join("&", query);
    }

    // --- B's data -------------------------------------------------------------------------------

    private String register(String name) {
        ApiClient.Response created = gateway.post("/api/registry/organizations", city, """
                {"name": "%s", "nameKana": "いっきまちづくりきょうぎかい", "kind": "REGIONAL_MANAGEMENT_ORGANIZATION",
                 "districts": ["一箕"], "foundedOn": "2020-04"}""".formatted(name + System.nanoTime()));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    /** B's webhook endpoint, registered by city staff (it is never called: the ping below waits for its address). */
    private String webhookOf(String organization) {
        ApiClient.Response created = gateway.post("/api/events/webhooks/subscriptions", city, """
                {"organizationId": "%s", "url": "https://b.example/kizuna/webhooks",
                 "eventTypes": ["jp.kizuna.events.registration.confirmed.v1"], "description": "B の受付"}"""
                .formatted(organization));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("subscription").get("id").asString();
    }

    private String pinged(String webhook) {
        ApiClient.Response ping = gateway.post("/api/events/webhooks/subscriptions/" + webhook + "/ping", city, "{}");
        assertThat(ping.status()).as(ping.body()).isEqualTo(202);
        return ping.json().get("deliveryId").asString();
    }

    private JsonNode issueKey(String organization) {
        ApiClient.Response issued = gateway.post("/api/registry/organizations/" + organization + "/api-keys", city,
                "{\"label\": \"authorization suite\", \"scopes\": [\"EVENTS_PUBLISH\"]}");
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        return issued.json();
    }

    private ApiClient.Response draftEvent(String partner) {
        LocalDate day = LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(20);
        String body = """
                {"organizerId": "%s", "details": {"title": "一箕の歴史さんぽ", "kind": "WORKSHOP",
                 "venue": {"name": "一箕公民館"}, "schedule": {"date": "%s", "startTime": "10:00", "endTime": "12:00"},
                 "capacity": 20, "registration": {"deadline": "%s"}}}""".formatted(organizationB, day, day.minusDays(2));
        ApiClient.Response[] draft = new ApiClient.Response[1];
        await().atMost(PROPAGATION).until(() -> {
            draft[0] = gateway.post("/api/events", partner, body);
            return draft[0].status() == 201;
        });
        return draft[0];
    }

    private String publishedEvent(String partner) {
        ApiClient.Response draft = draftEvent(partner);
        String id = draft.json().get("id").asString();
        ApiClient.Response submitted = gateway.send("POST", "/api/events/" + id + "/publication", partner, null, null,
                draft.header("ETag").orElseThrow());
        ApiClient.Response approved = gateway.send("POST", "/api/events/" + id + "/moderation/approval", city, null, null,
                submitted.header("ETag").orElseThrow());
        assertThat(approved.json().get("status").asString()).isEqualTo("PUBLISHED");
        return id;
    }

    private String programme() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        ApiClient.Response created = gateway.post("/api/subsidies/programmes", city, """
                {"slug": "authz-%d", "name": "認可試験補助金", "fiscalYear": %d, "envelope": 1000000,
                 "opensOn": "%s", "closesOn": "%s",
                 "eligibility": {"kinds": ["REGIONAL_MANAGEMENT_ORGANIZATION"], "activeOnly": true,
                                 "purposes": ["VISION_DRAFTING"]}}"""
                .formatted(System.nanoTime(), today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1,
                        today.minusDays(1), today.plusDays(30)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private String application(String programme, String orgAdminOfB) {
        String body = """
                {"programmeId": "%s", "organizationId": "%s",
                 "content": {"purpose": "VISION_DRAFTING", "title": "ビジョン策定", "description": "説明", "requestedAmount": 100000}}
                """.formatted(programme, organizationB);
        ApiClient.Response[] drafted = new ApiClient.Response[1];
        await().atMost(PROPAGATION).until(() -> {
            drafted[0] = gateway.post("/api/subsidies/applications", orgAdminOfB, body);
            return drafted[0].status() == 201;
        });
        return drafted[0].json().get("id").asString();
    }
}
