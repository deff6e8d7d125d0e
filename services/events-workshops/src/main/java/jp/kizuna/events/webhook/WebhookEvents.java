package jp.kizuna.events.webhook;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jp.kizuna.platform.contracts.EventTypes;
import jp.kizuna.platform.contracts.Topics;
import jp.kizuna.platform.events.ReceivedEvent;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The events a partner's endpoint can subscribe to — exactly the CloudEvents the service publishes
 * on its topics, under the same types — and what of each is delivered: the event's data without the
 * account ids of residents ({@code registration.subject}, {@code cancelledBy}), which the organizer
 * never sees in the API either; the registrant's name and contact are read from the roster.
 */
final class WebhookEvents {

    /** The test event an endpoint gets on request ({@code POST …/ping}); never published on Kafka. */
    static final String PING = "jp.kizuna.events.webhook.ping.v1";

    /** The subscribable types with the member of their data that holds the organizer. */
    private static final Map<String, String> HOLDER = Map.of(
            EventTypes.EVENT_PUBLISHED, "event",
            EventTypes.EVENT_CHANGED, "event",
            EventTypes.EVENT_CANCELLED, "event",
            EventTypes.REGISTRATION_CONFIRMED, "registration",
            EventTypes.REGISTRATION_WAITLISTED, "registration",
            EventTypes.REGISTRATION_PROMOTED, "registration",
            EventTypes.REGISTRATION_CANCELLED, "registration",
            EventTypes.ATTENDANCE_RECORDED, "attendance");

    /** The subscribable types in the order the documentation lists them. */
    static final List<String> TYPES = List.of(EventTypes.EVENT_PUBLISHED, EventTypes.EVENT_CHANGED, EventTypes.EVENT_CANCELLED,
            EventTypes.REGISTRATION_CONFIRMED, EventTypes.REGISTRATION_WAITLISTED, EventTypes.REGISTRATION_PROMOTED,
            EventTypes.REGISTRATION_CANCELLED, EventTypes.ATTENDANCE_RECORDED);

    /** The topics the dispatcher reads. */
    static final String[] TOPICS = {Topics.EVENTS_EVENT, Topics.EVENTS_REGISTRATION, Topics.EVENTS_ATTENDANCE};

    private static final Set<String> ACCOUNT_IDS = Set.of("subject", "cancelledBy");

    private WebhookEvents() {
    }

    static boolean subscribable(String type) {
        return HOLDER.containsKey(type);
    }

    /** The organization whose event this is, when it is a subscribable event of an organization (not of the city). */
    static Optional<String> organizer(ReceivedEvent event, JsonNode data) {
        String holder = HOLDER.get(event.type());
        if (holder == null) {
            return Optional.empty();
        }
        JsonNode organizer = data.path(holder).path("organizerId");
        return organizer.isString() && !organizer.asString().isBlank() ? Optional.of(organizer.asString()) : Optional.empty();
    }

    /** The data as an endpoint receives it: without residents' account ids, at any depth. */
    static JsonNode deliveredData(JsonNode data) {
        JsonNode copy = data.deepCopy();
        strip(copy);
        return copy;
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            ACCOUNT_IDS.forEach(object::remove);
            object.values().forEach(WebhookEvents::strip);
        } else if (node.isArray()) {
            node.values().forEach(WebhookEvents::strip);
        }
    }

    /**
     * The CloudEvent in the HTTP binding's structured mode ({@code application/cloudevents+json}):
     * the attributes and the data in one JSON object, {@code sequence} as the extension the Kafka
     * records carry.
     */
    static String structured(JsonMapper json, String id, String source, String type, String subject, long sequence,
                             java.time.Instant time, JsonNode data) {
        ObjectNode event = json.createObjectNode();
        event.put("specversion", "1.0");
        event.put("id", id);
        event.put("source", source);
        event.put("type", type);
        if (subject != null) {
            event.put("subject", subject);
        }
        event.put("time", time.toString());
        event.put("datacontenttype", "application/json");
        event.put("sequence", Long.toString(sequence));
        event.set("data", data);
        return json.writeValueAsString(event);
    }
}
