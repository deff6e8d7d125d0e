package jp.kizuna.events.event;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jp.kizuna.platform.security.CurrentCaller;
import jp.kizuna.platform.web.IfMatch;
import jp.kizuna.platform.web.PageResponse;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Events: announcing, publishing, moderating, cancelling. Every change needs {@code If-Match}. */
@RestController
@Validated
class EventController {

    private static final String IF_MATCH = HttpHeaders.IF_MATCH;

    private final EventService service;
    private final Seats seats;
    private final Clock clock;

    EventController(EventService service, Seats seats, Clock clock) {
        this.service = service;
        this.seats = seats;
        this.clock = clock;
    }

    @GetMapping("/api/events")
    PageResponse<EventView> list(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                 @RequestParam(required = false) String district,
                                 @RequestParam(required = false) String organizerId,
                                 @RequestParam(required = false) EventKind kind,
                                 @RequestParam(required = false) String seriesId,
                                 @RequestParam(required = false) String q,
                                 @RequestParam(required = false) Set<EventStatus> status,
                                 @RequestParam(defaultValue = "0") @Min(0) int page,
                                 @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        EventFilter filter = new EventFilter(from, to, district, organizerId, kind, seriesId, q, status);
        return PageResponse.of(service.list(filter, PageRequest.of(page, size)).map(this::view));
    }

    @GetMapping("/api/events/{id}")
    ResponseEntity<EventView> get(@PathVariable String id) {
        return respond(service.get(id));
    }

    @PostMapping("/api/events")
    ResponseEntity<EventView> draft(@Valid @RequestBody EventRequests.Draft request) {
        CommunityEvent event = service.draft(request);
        return ResponseEntity.created(URI.create("/api/events/" + event.id())).eTag(IfMatch.etag(event.version()))
                .body(view(event));
    }

    @PutMapping("/api/events/{id}")
    ResponseEntity<EventView> edit(@PathVariable String id, @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                   @Valid @RequestBody EventRequests.Edit edit) {
        return respond(service.edit(id, IfMatch.parse(ifMatch), edit.details()));
    }

    @PostMapping("/api/events/{id}/publication")
    ResponseEntity<EventView> submit(@PathVariable String id, @RequestHeader(value = IF_MATCH, required = false) String ifMatch) {
        return respond(service.submit(id, IfMatch.parse(ifMatch)));
    }

    @PostMapping("/api/events/{id}/cancellation")
    ResponseEntity<EventView> cancel(@PathVariable String id, @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                     @Valid @RequestBody EventRequests.Reason body) {
        return respond(service.cancel(id, IfMatch.parse(ifMatch), body.reason()));
    }

    @PostMapping("/api/events/{id}/completion")
    ResponseEntity<EventView> finish(@PathVariable String id, @RequestHeader(value = IF_MATCH, required = false) String ifMatch) {
        return respond(service.finish(id, IfMatch.parse(ifMatch)));
    }

    @GetMapping("/api/events/moderation")
    List<EventView> moderationQueue() {
        return service.moderationQueue().stream().map(this::view).toList();
    }

    @PostMapping("/api/events/{id}/moderation/approval")
    ResponseEntity<EventView> approve(@PathVariable String id, @RequestHeader(value = IF_MATCH, required = false) String ifMatch) {
        return respond(service.approve(id, IfMatch.parse(ifMatch)));
    }

    @PostMapping("/api/events/{id}/moderation/rejection")
    ResponseEntity<EventView> reject(@PathVariable String id, @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                     @Valid @RequestBody EventRequests.Reason body) {
        return respond(service.reject(id, IfMatch.parse(ifMatch), body.reason()));
    }

    private EventView view(CommunityEvent event) {
        return EventView.of(event, seats.occupancy(event.id()), clock.instant(),
                EventService.manages(CurrentCaller.current(), event.organizerId()));
    }

    private ResponseEntity<EventView> respond(CommunityEvent event) {
        return ResponseEntity.ok().eTag(IfMatch.etag(event.version())).body(view(event));
    }
}
