package jp.kizuna.events.event;

import java.net.URI;
import java.time.Clock;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import jakarta.validation.Valid;
import jp.kizuna.platform.security.CurrentCaller;
import jp.kizuna.platform.web.IfMatch;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Series of sessions. Registration for a whole series is under /api/events/series/{id}/registrations. */
@RestController
class SeriesController {

    /** A series with its public sessions in order. */
    record SeriesView(EventSeries series, List<EventView> sessions) {
    }

    private final EventService service;
    private final Seats seats;
    private final Clock clock;

    SeriesController(EventService service, Seats seats, Clock clock) {
        this.service = service;
        this.seats = seats;
        this.clock = clock;
    }

    @Operation(summary = "Lists series")
    @GetMapping("/api/events/series")
    List<EventSeries> list() {
        return service.allSeries();
    }

    @Operation(summary = "Reads a series with its public sessions", description = "With the ETag for changes.")
    @GetMapping("/api/events/series/{id}")
    ResponseEntity<SeriesView> get(@PathVariable String id) {
        EventSeries series = service.series(id);
        return ResponseEntity.ok().eTag(IfMatch.etag(series.version())).body(view(series));
    }

    @Operation(summary = "Changes a series' title and description",
            description = "Who manages its events (city staff; the organizer's org-admin and partner); needs If-Match. "
                    + "The organizer and the sessions stay.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "newDescription", value = PartnerApiExamples.SERIES_CHANGE))))
    @PutMapping("/api/events/series/{id}")
    ResponseEntity<SeriesView> edit(@PathVariable String id, @Valid @RequestBody EventRequests.SeriesChange change,
                                    IfMatch ifMatch) {
        EventSeries series = service.editSeries(id, ifMatch, change);
        return ResponseEntity.ok().eTag(IfMatch.etag(series.version())).body(view(series));
    }

    @Operation(summary = "Creates a series",
            description = "Its sessions are then drafted as events naming its seriesId and a session number.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "workshopSeries", value = PartnerApiExamples.SERIES))))
    @PostMapping("/api/events/series")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<SeriesView> create(@Valid @RequestBody EventRequests.NewSeries request) {
        EventSeries series = service.createSeries(null, request);
        return ResponseEntity.created(URI.create("/api/events/series/" + series.id())).eTag(IfMatch.etag(series.version()))
                .body(view(series));
    }

    private SeriesView view(EventSeries series) {
        boolean managed = CurrentCaller.current().actsFor(series.organizerId());
        return new SeriesView(series, service.sessions(series.id()).stream()
                .map(e -> EventView.of(e, seats.occupancy(e.id()), clock.instant(), managed)).toList());
    }
}
