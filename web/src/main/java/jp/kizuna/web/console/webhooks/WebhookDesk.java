package jp.kizuna.web.console.webhooks;

import java.time.Instant;
import java.util.Map;
import java.util.regex.Pattern;

import jp.kizuna.web.api.PublicApi;
import jp.kizuna.web.api.PublicApi.Versioned;
import jp.kizuna.web.console.webhooks.WebhookViews.Attempt;
import jp.kizuna.web.console.webhooks.WebhookViews.Delivery;
import jp.kizuna.web.console.webhooks.WebhookViews.Queued;
import jp.kizuna.web.console.webhooks.WebhookViews.Subscription;
import jp.kizuna.web.console.webhooks.WebhookViews.WithSecret;
import jp.kizuna.web.events.EventViews.Page;
import jp.kizuna.web.page.NotFoundException;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * An organization's webhook endpoints as the console works on them, through the public API's
 * {@code /api/events/webhooks/subscriptions} with the person's own token: the API decides whose endpoints they
 * see (an officer or partner their organization's, city staff any) and checks every change again. Every change
 * of an endpoint names the version it was read at (If-Match).
 */
@Component
class WebhookDesk {

    static final String BASE = "/api/events/webhooks/subscriptions";
    /** Endpoints on one page of the list; an organization may have 20 at most. */
    static final int LIST_SIZE = 20;
    /** Calls on one page of the log. */
    static final int LOG_SIZE = 20;

    private static final ParameterizedTypeReference<Page<Subscription>> SUBSCRIPTIONS = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<Page<Attempt>> LOG = new ParameterizedTypeReference<>() {
    };

    /** Endpoint, delivery and organization ids are slugs or generated ids; anything else never reaches an API path. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,99}");
    /** A delivery's id is its endpoint's and its webhook-id's ({@code whs_…:6f1c0a52-…}, {@code whs_…:ping_…}). */
    private static final Pattern DELIVERY_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,99}:[A-Za-z0-9][A-Za-z0-9_.-]{0,199}");

    private final PublicApi api;

    WebhookDesk(PublicApi api) {
        this.api = api;
    }

    static boolean isId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    static String checked(String id) {
        if (!isId(id)) {
            throw new NotFoundException("webhook endpoint " + id);
        }
        return id;
    }

    static String checkedDelivery(String deliveryId) {
        if (deliveryId == null || !DELIVERY_ID.matcher(deliveryId).matches()) {
            throw new NotFoundException("webhook delivery " + deliveryId);
        }
        return deliveryId;
    }

    /** A page of endpoints: the person's organization's, or (city staff) one organization's or every one. */
    Page<Subscription> list(String organizationId, int page) {
        UriComponentsBuilder query = UriComponentsBuilder.fromPath(BASE).queryParam("page", page).queryParam("size", LIST_SIZE);
        if (organizationId != null) {
            query.queryParam("organizationId", organizationId);
        }
        return api.get(query, SUBSCRIPTIONS);
    }

    Versioned<Subscription> subscription(String id) {
        return api.getVersioned(BASE + "/{id}", Subscription.class, checked(id));
    }

    WithSecret register(Map<String, Object> body) {
        return api.post(BASE, body, WithSecret.class);
    }

    Versioned<Subscription> change(String id, Map<String, Object> body, String version) {
        return api.send("PUT", BASE + "/{id}", body, version, Subscription.class, checked(id));
    }

    void remove(String id, String version) {
        api.send("DELETE", BASE + "/{id}", null, version, Void.class, checked(id));
    }

    WithSecret rotate(String id, String overlap, String version) {
        return api.send("POST", BASE + "/{id}/secret-rotation", Map.of("overlap", overlap), version, WithSecret.class,
                checked(id)).value();
    }

    /** The delivery log, the latest call first. */
    Page<Attempt> log(String id, int page) {
        return api.get(UriComponentsBuilder.fromPath(BASE + "/" + checked(id) + "/log").queryParam("page", page)
                .queryParam("size", LOG_SIZE), LOG);
    }

    /** One delivery with every call made for it. */
    Delivery delivery(String id, String deliveryId) {
        return api.get(BASE + "/{id}/deliveries/{delivery}", Delivery.class, checked(id), checkedDelivery(deliveryId));
    }

    Queued sendAgain(String id, String deliveryId) {
        return api.post(BASE + "/{id}/deliveries/{delivery}/redelivery", null, Queued.class, checked(id), checkedDelivery(deliveryId));
    }

    Queued replay(String id, Instant since) {
        return api.post(BASE + "/{id}/replay", Map.of("since", since.toString()), Queued.class, checked(id));
    }

    Queued ping(String id) {
        return api.post(BASE + "/{id}/ping", null, Queued.class, checked(id));
    }
}
