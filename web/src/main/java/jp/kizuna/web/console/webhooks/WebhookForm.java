package jp.kizuna.web.console.webhooks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.kizuna.web.console.webhooks.WebhookViews.Subscription;

/**
 * An endpoint as its form is typed: where the events go, which of them, a description, and (city staff registering
 * one) the organization whose events they are. Kept as typed when the API refuses it.
 */
public record WebhookForm(String organizationId, String url, List<String> eventTypes, String description) {

    public WebhookForm {
        organizationId = trimmed(organizationId);
        url = url == null ? "" : url.strip();
        eventTypes = eventTypes == null ? List.of() : eventTypes.stream().filter(t -> t != null && !t.isBlank()).distinct().toList();
        description = description == null ? "" : description;
    }

    static WebhookForm empty() {
        return new WebhookForm(null, "", List.of(), "");
    }

    static WebhookForm of(Subscription subscription) {
        return new WebhookForm(subscription.organizationId(), subscription.url(), subscription.eventTypes(),
                subscription.description() == null ? "" : subscription.description());
    }

    public boolean wants(String eventType) {
        return eventTypes.contains(eventType);
    }

    /** The body that registers it; without an organization the API takes the person's own. */
    Map<String, Object> registration() {
        Map<String, Object> body = new LinkedHashMap<>();
        if (organizationId != null) {
            body.put("organizationId", organizationId);
        }
        body.putAll(settings());
        return body;
    }

    /** The body that changes it: every setting, and whether it is active (a change of the settings keeps its state). */
    Map<String, Object> change(boolean active) {
        Map<String, Object> body = new LinkedHashMap<>(settings());
        body.put("active", active);
        return body;
    }

    private Map<String, Object> settings() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("url", url);
        body.put("eventTypes", eventTypes);
        if (!description.isBlank()) {
            body.put("description", description);
        }
        return body;
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
