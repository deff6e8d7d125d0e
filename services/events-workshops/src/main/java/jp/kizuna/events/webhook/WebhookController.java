package jp.kizuna.events.webhook;

import java.net.URI;
import java.time.Clock;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jp.kizuna.events.webhook.WebhookViews.AttemptView;
import jp.kizuna.events.webhook.WebhookViews.DeliveryView;
import jp.kizuna.events.webhook.WebhookViews.Queued;
import jp.kizuna.events.webhook.WebhookViews.SubscriptionView;
import jp.kizuna.events.webhook.WebhookViews.WithSecret;
import jp.kizuna.platform.web.IfMatch;
import jp.kizuna.platform.web.PageResponse;
import jp.kizuna.platform.web.params.PageNumber;
import jp.kizuna.platform.web.params.PageSize;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Partner webhooks: an organization's endpoints, their deliveries and delivery log, sending again,
 * replaying and pinging. Org-admins and partners of the organization, and city staff. Every change
 * of an endpoint needs {@code If-Match}; the answers that carry a secret are never cached.
 */
@RestController
@Tag(name = "webhooks", description = "Partner webhooks: the organization's events posted to its endpoints, signed (docs/webhooks.md)")
class WebhookController {

    private static final String BASE = "/api/events/webhooks/subscriptions";

    private final WebhookSubscriptions service;
    private final Clock clock;

    WebhookController(WebhookSubscriptions service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    @Operation(summary = "Registers a webhook endpoint",
            description = "The organization's officers and partners for their own organization, city staff for any. "
                    + "The answer carries the signing secret, once; it is never shown again.")
    @PostMapping(BASE)
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<WithSecret> register(@Valid @RequestBody WebhookRequests.NewSubscription request) {
        WebhookSubscriptions.WithNewSecret made = service.register(request);
        return withSecret(ResponseEntity.created(URI.create(BASE + "/" + made.subscription().id())), made);
    }

    @Operation(summary = "Lists webhook endpoints",
            description = "An officer or partner: its organization's. City staff: every organization's, or one's with organizationId.")
    @GetMapping(BASE)
    PageResponse<SubscriptionView> list(@RequestParam(required = false) String organizationId,
                                        @RequestParam(defaultValue = "0") @PageNumber int page,
                                        @RequestParam(defaultValue = "50") @PageSize int size) {
        return PageResponse.of(service.list(organizationId, page, size).map(s -> SubscriptionView.of(s, clock.instant())));
    }

    @Operation(summary = "Reads a webhook endpoint", description = "With its state (ACTIVE, PAUSED and why) and the ETag for changes.")
    @GetMapping(BASE + "/{id}")
    ResponseEntity<SubscriptionView> get(@PathVariable String id) {
        return respond(service.get(id));
    }

    @Operation(summary = "Changes a webhook endpoint",
            description = "Needs If-Match. URL, event types, description, active; active: true resumes a paused endpoint, "
                    + "whose waiting deliveries then go out in order.")
    @PutMapping(BASE + "/{id}")
    ResponseEntity<SubscriptionView> change(@PathVariable String id, @Valid @RequestBody WebhookRequests.Change change,
                                            IfMatch ifMatch) {
        return respond(service.change(id, ifMatch, change));
    }

    @Operation(summary = "Removes a webhook endpoint", description = "Needs If-Match. Its waiting deliveries and its log go with it.")
    @DeleteMapping(BASE + "/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> remove(@PathVariable String id, IfMatch ifMatch) {
        service.remove(id, ifMatch);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Rotates the signing secret",
            description = "Needs If-Match. The answer carries the new secret, once; the old one keeps signing beside it for "
                    + "overlap (default a day, at most the configured maximum), so a receiver can switch without losing an event.")
    @PostMapping(BASE + "/{id}/secret-rotation")
    ResponseEntity<WithSecret> rotate(@PathVariable String id,
                                      @Valid @RequestBody(required = false) WebhookRequests.Rotation rotation,
                                      IfMatch ifMatch) {
        return withSecret(ResponseEntity.ok(), service.rotate(id, ifMatch, rotation == null ? null : rotation.overlap()));
    }

    @Operation(summary = "Lists an endpoint's deliveries", description = "The latest event first, each with its state and last attempt.")
    @GetMapping(BASE + "/{id}/deliveries")
    PageResponse<DeliveryView> deliveries(@PathVariable String id,
                                          @Parameter(description = "PENDING, DELIVERED or FAILED") @RequestParam(required = false) WebhookDelivery.Status status,
                                          @RequestParam(defaultValue = "0") @PageNumber int page,
                                          @RequestParam(defaultValue = "50") @PageSize int size) {
        return PageResponse.of(service.deliveries(id, status, page, size).map(d -> DeliveryView.of(d, null)));
    }

    @Operation(summary = "Reads one delivery", description = "With every call made for it.")
    @GetMapping(BASE + "/{id}/deliveries/{deliveryId}")
    DeliveryView delivery(@PathVariable String id, @PathVariable String deliveryId) {
        return service.delivery(id, deliveryId);
    }

    @Operation(summary = "Sends one delivery again",
            description = "Queues it now with the same webhook-id and body, whatever its state; answered before it is sent.")
    @PostMapping(BASE + "/{id}/deliveries/{deliveryId}/redelivery")
    ResponseEntity<Queued> sendAgain(@PathVariable String id, @PathVariable String deliveryId) {
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(service.sendAgain(id, deliveryId));
    }

    @Operation(summary = "Replays every event since a time",
            description = "Queues again every delivery of an event that happened at or after since (within the retention period), "
                    + "in order per event and registration, with their original webhook-ids.")
    @PostMapping(BASE + "/{id}/replay")
    ResponseEntity<Queued> replay(@PathVariable String id, @Valid @RequestBody WebhookRequests.Replay replay) {
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(service.replay(id, replay.since()));
    }

    @Operation(summary = "Sends a test event", description = "A jp.kizuna.events.webhook.ping.v1 event, signed like every other.")
    @PostMapping(BASE + "/{id}/ping")
    ResponseEntity<Queued> ping(@PathVariable String id) {
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(service.ping(id));
    }

    @Operation(summary = "Reads an endpoint's delivery log",
            description = "Every call, the latest first: time, event type, status code, latency, the start of the answer.")
    @GetMapping(BASE + "/{id}/log")
    PageResponse<AttemptView> log(@PathVariable String id,
                                  @RequestParam(defaultValue = "0") @PageNumber int page,
                                  @RequestParam(defaultValue = "50") @PageSize int size) {
        return PageResponse.of(service.log(id, page, size).map(AttemptView::of));
    }

    private ResponseEntity<WithSecret> withSecret(ResponseEntity.BodyBuilder answer, WebhookSubscriptions.WithNewSecret made) {
        return answer.eTag(IfMatch.etag(made.subscription().version())).cacheControl(CacheControl.noStore())
                .body(new WithSecret(SubscriptionView.of(made.subscription(), clock.instant()), made.secret()));
    }

    private ResponseEntity<SubscriptionView> respond(WebhookSubscription subscription) {
        return ResponseEntity.ok().eTag(IfMatch.etag(subscription.version())).body(SubscriptionView.of(subscription, clock.instant()));
    }
}
