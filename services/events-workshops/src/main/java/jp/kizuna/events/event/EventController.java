package jp.kizuna.events.event;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jp.kizuna.platform.security.CurrentCaller;
import jp.kizuna.platform.web.IfMatch;
import jp.kizuna.platform.web.PageResponse;
import jp.kizuna.platform.web.params.PageNumber;
import jp.kizuna.platform.web.params.PageSize;
import jp.kizuna.platform.web.params.SearchText;
import jp.kizuna.platform.web.params.SupportedDate;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Events: announcing, publishing, moderating, cancelling. Every change needs {@code If-Match}. */
@RestController
class EventController {

    private final EventService service;
    private final Seats seats;
    private final Clock clock;

    EventController(EventService service, Seats seats, Clock clock) {
        this.service = service;
        this.seats = seats;
        this.clock = clock;
    }

    @Operation(summary = "Lists events",
            description = "Public events in time order; with status= other statuses for city staff, and an organizer's own unpublished ones.")
    @GetMapping("/api/events")
    PageResponse<EventView> list(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @SupportedDate LocalDate from,
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @SupportedDate LocalDate to,
                                 @RequestParam(required = false) String district,
                                 @RequestParam(required = false) String organizerId,
                                 @RequestParam(required = false) EventKind kind,
                                 @RequestParam(required = false) String seriesId,
                                 @RequestParam(required = false) @SearchText String q,
                                 @RequestParam(required = false) Set<EventStatus> status,
                                 @Parameter(description = "asc: soonest first (the default); desc: latest first, e.g. for the most recent past events")
                                 @RequestParam(defaultValue = "asc") @Pattern(regexp = "asc|desc", message = "must be asc or desc") String order,
                                 @RequestParam(defaultValue = "0") @PageNumber int page,
                                 @RequestParam(defaultValue = "20") @PageSize int size) {
        EventFilter filter = new EventFilter(from, to, district, organizerId, kind, seriesId, q, status);
        Sort.Direction direction = "desc".equals(order) ? Sort.Direction.DESC : Sort.Direction.ASC;
        return PageResponse.of(service.list(filter, PageRequest.of(page, size, Sort.by(direction, "sortKey", "_id")))
                .map(this::view));
    }

    @Operation(summary = "Reads one event",
            description = "With its registration state (open, closesAt, confirmed, waitlisted, seatsLeft) and the ETag for changes.")
    @GetMapping("/api/events/{id}")
    ResponseEntity<EventView> get(@PathVariable String id) {
        return respond(service.get(id));
    }

    @Operation(summary = "Drafts an event",
            description = "City staff for any organizer or the city; org-admins and partners for their own organization only (403 otherwise).",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = "application/json", examples = {@ExampleObject(name = "workshop", value = PartnerApiExamples.DRAFT), @ExampleObject(name = "sessionWithUndecidedDay", value = PartnerApiExamples.TENTATIVE_SESSION)})))
    @PostMapping("/api/events")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<EventView> draft(@Valid @RequestBody EventRequests.Draft request) {
        CommunityEvent event = service.draft(request);
        return ResponseEntity.created(URI.create("/api/events/" + event.id())).eTag(IfMatch.etag(event.version()))
                .body(view(event));
    }

    @Operation(summary = "Changes an event's details",
            description = "Needs If-Match. An untrusted partner's change of a published event waits for moderation (pendingDetails).",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "newVenueAndCapacity", value = PartnerApiExamples.EDIT))))
    @PutMapping("/api/events/{id}")
    ResponseEntity<EventView> edit(@PathVariable String id, @Valid @RequestBody EventRequests.Edit edit,
                                   IfMatch ifMatch) {
        return respond(service.edit(id, ifMatch, edit.details()));
    }

    @Operation(summary = "Publishes a draft",
            description = "Needs If-Match. A partner the city does not trust goes to AWAITING_MODERATION.")
    @PostMapping("/api/events/{id}/publication")
    ResponseEntity<EventView> submit(@PathVariable String id, IfMatch ifMatch) {
        return respond(service.submit(id, ifMatch));
    }

    @Operation(summary = "Cancels an event",
            description = "Needs If-Match. Every registration is cancelled, each with its own event.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "weather", value = PartnerApiExamples.CANCELLATION))))
    @PostMapping("/api/events/{id}/cancellation")
    ResponseEntity<EventView> cancel(@PathVariable String id, @Valid @RequestBody EventRequests.Reason body,
                                     IfMatch ifMatch) {
        return respond(service.cancel(id, ifMatch, body.reason()));
    }

    @Operation(summary = "Marks a held event finished",
            description = "Needs If-Match; 409 before the event has ended.")
    @PostMapping("/api/events/{id}/completion")
    ResponseEntity<EventView> finish(@PathVariable String id, IfMatch ifMatch) {
        return respond(service.finish(id, ifMatch));
    }

    @Operation(summary = "Lists what waits for moderation",
            description = "City staff only.")
    @GetMapping("/api/events/moderation")
    List<EventView> moderationQueue() {
        return service.moderationQueue().stream().map(this::view).toList();
    }

    @Operation(summary = "Approves an event or its waiting change",
            description = "City staff only; needs If-Match.")
    @PostMapping("/api/events/{id}/moderation/approval")
    ResponseEntity<EventView> approve(@PathVariable String id, IfMatch ifMatch) {
        return respond(service.approve(id, ifMatch));
    }

    @Operation(summary = "Returns an event to its publisher",
            description = "City staff only; needs If-Match.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "missingAddress", value = "{\"reason\": \"会場の住所を記入してください\"}"))))
    @PostMapping("/api/events/{id}/moderation/rejection")
    ResponseEntity<EventView> reject(@PathVariable String id, @Valid @RequestBody EventRequests.Reason body,
                                     IfMatch ifMatch) {
        return respond(service.reject(id, ifMatch, body.reason()));
    }

    private EventView view(CommunityEvent event) {
        return EventView.of(event, seats.occupancy(event.id()), clock.instant(),
                CurrentCaller.current().actsFor(event.organizerId()));
    }

    private ResponseEntity<EventView> respond(CommunityEvent event) {
        return ResponseEntity.ok().eTag(IfMatch.etag(event.version())).body(view(event));
    }
}
