package jp.kizuna.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import tools.jackson.databind.JsonNode;

/**
 * The values the fuzzing drill puts into path variables when it spoils something else: resources that
 * exist, so that a spoiled parameter or body reaches the service's checks instead of a 404. Reads use
 * the seed dataset's (or one resource made for them); a write gets resources of its own, made just for
 * it, so that what one operation's accepted writes change (a dissolved organization, a cancelled event)
 * cannot make another's answers meaningless.
 */
final class FuzzFixtures {

    private static final String CITY = "city-admin";
    private static final String SEED_ORGANIZATION = "ikki";
    private static final String SEED_DISTRICT = "一箕";
    private static final String SEED_SERIES = "ikki-machizukuri-workshop-2024";
    private static final String SEED_PROGRAMME = "vision-promotion:FY2024";

    private final FuzzClient client;
    private final AtomicInteger made = new AtomicInteger();
    private final Map<String, String> shared = new LinkedHashMap<>();
    private final Set<String> unresolved = new LinkedHashSet<>();
    private final List<String> failures = new ArrayList<>();

    FuzzFixtures(FuzzClient client) {
        this.client = client;
    }

    /** Path variables no fixture knows (the operation is fuzzed with a made-up value, so mostly 404s). */
    Set<String> unresolved() {
        return unresolved;
    }

    /** Fixtures that could not be made (what the service answered). */
    List<String> failures() {
        return failures;
    }

    /** A value for every path variable of the operation. */
    Map<String, String> pathValues(ApiOperation operation) throws InterruptedException {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> fresh = new LinkedHashMap<>();
        for (ApiOperation.Parameter variable : operation.in("path")) {
            values.put(variable.name(), value(operation, variable, fresh));
        }
        return values;
    }

    /**
     * Where the version an operation's If-Match names is read when no read above its path gives it: a
     * business project's texts and outcomes carry the version of their policy field ({@code 36-2-1} → 36).
     */
    static Optional<String> versionedElsewhere(ApiOperation operation, Map<String, String> pathValues) {
        if (operation.path().startsWith("/api/kpi/projects/{code}/") && pathValues.containsKey("code")) {
            return Optional.of("/api/kpi/policy-fields/" + encode(pathValues.get("code").split("-")[0]));
        }
        return Optional.empty();
    }

    /** The operation's path with the values put in, each percent-encoded as one path segment. */
    static String expand(String template, Map<String, String> values) {
        String path = template;
        for (var value : values.entrySet()) {
            path = path.replace("{" + value.getKey() + "}", encode(value.getValue()));
        }
        return path;
    }

    /**
     * Percent-encodes everything but the unreserved characters, byte by byte of UTF-8; a lone surrogate
     * (which UTF-8 cannot hold) goes as its three-byte form, an invalid sequence the server must refuse.
     */
    static String encode(String value) {
        StringBuilder encoded = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
                encoded.append(c);
            } else if (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1)))) {
                encoded.append("%ED%").append(Integer.toHexString(0x80 | ((c >> 6) & 0x3F)).toUpperCase())
                        .append('%').append(Integer.toHexString(0x80 | (c & 0x3F)).toUpperCase());
            } else {
                int end = Character.isHighSurrogate(c) ? i + 2 : i + 1;
                for (byte b : value.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                    encoded.append('%').append(String.format("%02X", b & 0xff));
                }
                i = end - 1;
            }
        }
        return encoded.toString();
    }

    private String value(ApiOperation operation, ApiOperation.Parameter variable, Map<String, String> fresh)
            throws InterruptedException {
        String name = variable.name();
        String path = operation.path();
        boolean write = operation.writes();
        switch (operation.document()) {
            case "registry" -> {
                if (name.equals("name")) {
                    return SEED_DISTRICT;
                }
                if (path.startsWith("/api/registry/placements/")) {
                    return write ? placement() : sharedValue("placement", this::placement);
                }
                if (name.equals("id") || name.equals("organizationId")) {
                    if (!write) {
                        return SEED_ORGANIZATION;
                    }
                    return fresh.computeIfAbsent("organization", key -> organization(path.contains("membership-reports")));
                }
                if (name.equals("keyId")) {
                    String organization = write ? fresh.computeIfAbsent("organization", key -> organization(false))
                            : SEED_ORGANIZATION;
                    return write ? apiKey(organization) : sharedValue("api-key", () -> apiKey(SEED_ORGANIZATION));
                }
                if (name.equals("fiscalYear")) {
                    if (write) {
                        String organization = fresh.computeIfAbsent("organization", key -> organization(true));
                        membershipReport(organization, 2023);
                    }
                    return "2023";
                }
            }
            case "kpi" -> {
                switch (name) {
                    case "code" -> {
                        return path.startsWith("/api/kpi/projects/") ? "36-2-1" : "active-community-organizations";
                    }
                    case "field" -> {
                        return "36";
                    }
                    case "measure" -> {
                        return "2";
                    }
                    case "fiscalYear" -> {
                        return "2024";
                    }
                    default -> {
                    }
                }
            }
            case "subsidies" -> {
                switch (name) {
                    case "projectCode" -> {
                        return "36-1-4";
                    }
                    case "fiscalYear" -> {
                        return "2024";
                    }
                    case "programmeId" -> {
                        return SEED_PROGRAMME;
                    }
                    case "slug" -> {
                        return "meeting-house";
                    }
                    case "applicationId" -> {
                        return write ? application() : sharedValue("application", this::application);
                    }
                    case "id" -> {
                        if (path.startsWith("/api/subsidies/programmes/")) {
                            return SEED_PROGRAMME;
                        }
                        return write ? application() : sharedValue("application", this::application);
                    }
                    default -> {
                    }
                }
            }
            case "events" -> {
                if (name.equals("district")) {
                    return SEED_DISTRICT;
                }
                if (name.equals("organizationId")) {
                    return SEED_ORGANIZATION;
                }
                if (name.equals("seriesId") || path.startsWith("/api/events/series/")) {
                    return SEED_SERIES;
                }
                if (name.equals("registrationId") || path.startsWith("/api/events/registrations/")) {
                    if (!write) {
                        return sharedValue("registration", () -> registration(sharedValue("published-event",
                                () -> event(true, "ドリル公開行事"))));
                    }
                    String event = fresh.computeIfAbsent("published-event", key -> event(true, "ドリル申込行事"));
                    return registration(event);
                }
                if (name.equals("id") || name.equals("eventId")) {
                    if (!write) {
                        return sharedValue("published-event", () -> event(true, "ドリル公開行事"));
                    }
                    boolean published = path.contains("/registrations") || path.contains("/attendance")
                            || path.endsWith("/cancellation") || path.endsWith("/completion");
                    return fresh.computeIfAbsent(published ? "published-event" : "draft-event",
                            key -> event(published, published ? "ドリル申込行事" : "ドリル下書き"));
                }
            }
            default -> {
            }
        }
        unresolved.add(operation.key() + " {" + name + "}");
        return variable.schema().path("type").asString("").equals("integer") ? "1" : "drill-unknown";
    }

    private interface Maker {
        String make() throws InterruptedException;
    }

    private String sharedValue(String what, Maker maker) {
        String value = shared.get(what);
        if (value == null) {
            try {
                value = maker.make();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            shared.put(what, value);
        }
        return value;
    }

    // ---- the resources

    private String organization(boolean association) {
        int i = made.incrementAndGet();
        String body = association ? """
                {"name": "ドリル町内会%d", "nameKana": "どりるちょうないかい", "kind": "NEIGHBORHOOD_ASSOCIATION",
                 "districts": ["一箕"]}""".formatted(System.nanoTime() + i) : Scenarios.organization("ドリル協議会", i);
        return created("POST", "/api/registry/organizations", body, null, "an organization");
    }

    private String apiKey(String organization) {
        return created("POST", "/api/registry/organizations/" + encode(organization) + "/api-keys",
                "{\"label\": \"ドリル連携\", \"scopes\": [\"EVENTS_PUBLISH\"]}", null, "an API key");
    }

    private void membershipReport(String organization, int fiscalYear) {
        created("POST", "/api/registry/organizations/" + encode(organization) + "/membership-reports",
                "{\"fiscalYear\": %d, \"memberHouseholds\": 90, \"totalHouseholds\": 100}".formatted(fiscalYear), null,
                "a membership report");
    }

    private String placement() {
        return created("POST", "/api/registry/placements", """
                {"programme": "REGIONAL_REVITALIZATION_COOPERATOR", "hostOrganizationId": "ikki", "area": "一箕",
                 "role": "ドリル支援", "headcount": 1, "startedOn": "2024-04-01"}""", null, "a placement");
    }

    private String application() {
        return created("POST", "/api/subsidies/applications", """
                {"programmeId": "%s", "organizationId": "%s",
                 "content": {"purpose": "VISION_DRAFTING", "title": "ドリル申請", "requestedAmount": 100000}}"""
                .formatted(SEED_PROGRAMME, SEED_ORGANIZATION), null, "a subsidy application");
    }

    /** An event a fortnight ahead, drafted by the city for ikki, published when asked. */
    String event(boolean published, String title) {
        LocalDate day = LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(14);
        String body = """
                {"organizerId": "ikki", "details": {"title": %s, "kind": "WORKSHOP", "venue": {"name": "一箕公民館"},
                 "schedule": {"date": "%s", "startTime": "18:30", "endTime": "20:00"}, "capacity": 50,
                 "registration": {"required": true, "deadline": "%s"}}}""".formatted(Http.JSON.writeValueAsString(title), day,
                day.minusDays(1));
        String id = created("POST", "/api/events", body, null, "an event");
        if (published && !id.startsWith("drill-unknown")) {
            publish(id);
        }
        return id;
    }

    /** Publishes an event with the version it has now; false (and a failure noted) when refused. */
    boolean publish(String eventId) {
        try {
            String etag = client.json("GET", "/api/events/" + encode(eventId), CITY, null, null).header("ETag");
            FuzzClient.Answer answer = client.json("POST", "/api/events/" + encode(eventId) + "/publication", CITY, null, etag);
            if (!answer.ok()) {
                failures.add("publishing event " + eventId + ": " + answer.status() + " " + answer.body());
                return false;
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String registration(String eventId) {
        return created("POST", "/api/events/" + encode(eventId) + "/registrations", Scenarios.signUp(made.incrementAndGet()),
                null, "a registration");
    }

    /** Creates something and returns its id; a refusal is noted and a made-up id returned. */
    private String created(String method, String path, String body, String ifMatch, String what) {
        try {
            FuzzClient.Answer answer = client.json(method, path, CITY, body, ifMatch);
            JsonNode json = answer.json();
            // most answers are the resource; an issued API key comes with its secret beside it
            JsonNode id = json.has("apiKey") ? json.path("apiKey").path("id") : json.path("id");
            if (answer.ok() && id.isString()) {
                return id.asString();
            }
            failures.add(what + " (" + method + " " + path + "): " + answer.status() + " " + answer.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return "drill-unknown-" + URLEncoder.encode(what, StandardCharsets.UTF_8);
    }
}
