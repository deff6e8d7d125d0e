package jp.kizuna.events.webhook;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import jp.kizuna.events.organizer.OrganizationReadModel;
import jp.kizuna.events.webhook.WebhookViews.Queued;
import jp.kizuna.platform.events.CloudEventCodec;
import jp.kizuna.platform.security.CurrentCaller;
import jp.kizuna.platform.web.FieldError;
import jp.kizuna.platform.web.IfMatch;
import jp.kizuna.platform.web.InvalidRequestException;
import jp.kizuna.platform.web.ProblemException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Registering, changing and removing an organization's endpoints, and what can be done with their
 * deliveries. An org-admin or partner sees and changes only its own organization's endpoints (another's
 * is "not found"); city staff those of any organization.
 */
@Service
class WebhookSubscriptions {

    /** An endpoint with a secret just made, which only this answer shows. */
    record WithNewSecret(WebhookSubscription subscription, String secret) {
    }

    private static final String WHAT = "Webhook endpoint";
    private static final Duration DEFAULT_OVERLAP = Duration.ofDays(1);

    private final WebhookSubscriptionRepository subscriptions;
    private final DeliveryStore deliveries;
    private final WebhookDispatcher dispatcher;
    private final OrganizationReadModel organizers;
    private final WebhookProperties properties;
    private final JsonMapper json;
    private final String source;
    private final Clock clock;

    WebhookSubscriptions(WebhookSubscriptionRepository subscriptions, DeliveryStore deliveries, WebhookDispatcher dispatcher,
                         OrganizationReadModel organizers, WebhookProperties properties, JsonMapper json, CloudEventCodec codec,
                         Clock clock) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.dispatcher = dispatcher;
        this.organizers = organizers;
        this.properties = properties;
        this.json = json;
        this.source = codec.source().toString();
        this.clock = clock;
    }

    WithNewSecret register(WebhookRequests.NewSubscription request) {
        CurrentCaller caller = CurrentCaller.current();
        String organization = request.organizationId();
        if (organization == null) {
            organization = caller.organizationId().orElseThrow(() -> new InvalidRequestException(List.of(new FieldError(
                    "organizationId", "must name the organization whose events the endpoint receives"))));
        }
        caller.requireActsFor(organization);
        List<String> types = checked(request.url(), request.eventTypes());
        if (organizers.find(organization).isEmpty()) {
            throw ProblemException.ruleViolated("Organization '" + organization + "' is not in the register; "
                    + "endpoints can be registered only for registered organizations.");
        }
        if (subscriptions.countByOrganizationId(organization) >= properties.maxSubscriptionsPerOrganization()) {
            throw ProblemException.conflict("Organization '" + organization + "' already has "
                    + properties.maxSubscriptionsPerOrganization() + " webhook endpoints; remove one before registering another.");
        }
        String secret = WebhookSignatures.newSecret();
        WebhookSubscription subscription = WebhookSubscription.create("whs_" + UUID.randomUUID().toString().replace("-", ""),
                organization, request.url(), types, request.description(), !Boolean.FALSE.equals(request.active()), secret,
                clock.instant(), caller.subject(), caller.displayName());
        return new WithNewSecret(subscriptions.insert(subscription), secret);
    }

    /** A page of endpoints: the caller's organization's, or (city staff) any organization's or every one. */
    Page<WebhookSubscription> list(String organizationId, int page, int size) {
        CurrentCaller caller = CurrentCaller.current();
        PageRequest request = PageRequest.of(page, size, Sort.by("createdAt", "_id"));
        if (caller.isCityStaff()) {
            return organizationId == null ? subscriptions.findAll(request) : subscriptions.findByOrganizationId(organizationId, request);
        }
        String own = caller.organizationId().orElseThrow(() -> new AccessDeniedException("no organization in the token"));
        if (organizationId != null && !organizationId.equals(own)) {
            throw new AccessDeniedException("caller " + caller.subject() + " does not act for organization " + organizationId);
        }
        return subscriptions.findByOrganizationId(own, request);
    }

    WebhookSubscription get(String id) {
        WebhookSubscription subscription = subscriptions.findById(id).orElseThrow(() -> ProblemException.notFound(WHAT, id));
        if (!CurrentCaller.current().actsFor(subscription.organizationId())) {
            throw ProblemException.notFound(WHAT, id);
        }
        return subscription;
    }

    WebhookSubscription change(String id, IfMatch ifMatch, WebhookRequests.Change change) {
        WebhookSubscription subscription = get(id);
        ifMatch.check(subscription.version());
        List<String> types = checked(change.url(), change.eventTypes());
        boolean resumed = change.active() && subscription.status() == WebhookSubscription.Status.PAUSED;
        if (!subscription.change(change.url(), types, change.description(), change.active(), clock.instant())) {
            return subscription;
        }
        WebhookSubscription saved = subscriptions.save(subscription);
        if (resumed) {
            deliveries.resume(id, clock.instant());
            dispatcher.wake();
        }
        return saved;
    }

    void remove(String id, IfMatch ifMatch) {
        WebhookSubscription subscription = get(id);
        ifMatch.check(subscription.version());
        subscriptions.delete(subscription);
        deliveries.forget(id);
    }

    WithNewSecret rotate(String id, IfMatch ifMatch, Duration overlap) {
        WebhookSubscription subscription = get(id);
        ifMatch.check(subscription.version());
        Duration kept = overlap == null ? DEFAULT_OVERLAP : overlap;
        if (kept.isNegative() || kept.compareTo(properties.maxRotationOverlap()) > 0) {
            throw new InvalidRequestException(List.of(new FieldError("overlap",
                    "must be from PT0S to " + properties.maxRotationOverlap())));
        }
        String secret = WebhookSignatures.newSecret();
        subscription.rotate(secret, kept, clock.instant());
        return new WithNewSecret(subscriptions.save(subscription), secret);
    }

    Page<WebhookDelivery> deliveries(String id, WebhookDelivery.Status status, int page, int size) {
        return deliveries.deliveries(get(id).id(), status, page, size);
    }

    WebhookViews.DeliveryView delivery(String id, String deliveryId) {
        WebhookDelivery delivery = deliveries.find(get(id).id(), deliveryId)
                .orElseThrow(() -> ProblemException.notFound("Webhook delivery", deliveryId));
        return WebhookViews.DeliveryView.of(delivery, deliveries.attemptsOf(deliveryId));
    }

    Page<DeliveryAttempt> log(String id, int page, int size) {
        return deliveries.log(get(id).id(), page, size);
    }

    Queued sendAgain(String id, String deliveryId) {
        Instant now = clock.instant();
        WebhookDelivery queued = deliveries.queueAgain(get(id).id(), deliveryId, now, now.plus(properties.retention()))
                .orElseThrow(() -> ProblemException.notFound("Webhook delivery", deliveryId));
        dispatcher.wake();
        return new Queued(1, queued.id());
    }

    Queued replay(String id, Instant since) {
        Instant now = clock.instant();
        if (since.isAfter(now)) {
            throw new InvalidRequestException(List.of(new FieldError("since", "must not be in the future")));
        }
        if (since.isBefore(now.minus(properties.retention()))) {
            throw ProblemException.ruleViolated("Deliveries are kept for " + properties.retention().toDays()
                    + " days; a replay can start at " + now.minus(properties.retention()) + " at the earliest.");
        }
        long queued = deliveries.replay(get(id).id(), since, now, now.plus(properties.retention()));
        dispatcher.wake();
        return new Queued(queued, null);
    }

    /** Queues a test event for the endpoint (also while it is paused: it goes out once it is active). */
    Queued ping(String id) {
        WebhookSubscription subscription = get(id);
        Instant now = clock.instant();
        String webhookId = "ping_" + UUID.randomUUID().toString().replace("-", "");
        var data = json.createObjectNode().put("subscriptionId", subscription.id()).put("organizationId", subscription.organizationId())
                .put("message", "Kizuna webhook test");
        String body = WebhookEvents.structured(json, webhookId, source, WebhookEvents.PING,
                subscription.id(), 1, now, data);
        WebhookDelivery delivery = WebhookDelivery.pending(subscription.id(), subscription.organizationId(), webhookId, WebhookEvents.PING,
                "ping/" + webhookId, 1, now, body, now, now.plus(properties.retention()));
        deliveries.record(delivery);
        dispatcher.wake();
        return new Queued(1, delivery.id());
    }

    /** The URL and the types checked together, so every invalid field is named at once. */
    private List<String> checked(String url, List<String> eventTypes) {
        List<FieldError> errors = new ArrayList<>();
        EndpointUrl.problem(url, properties.allowHttpLoopback()).ifPresent(problem -> errors.add(new FieldError("url", problem)));
        for (int i = 0; i < eventTypes.size(); i++) {
            if (!WebhookEvents.subscribable(eventTypes.get(i))) {
                errors.add(new FieldError("eventTypes[" + i + "]", "must be one of " + String.join(", ", WebhookEvents.TYPES)));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return List.copyOf(new LinkedHashSet<>(eventTypes));
    }
}
