package jp.kizuna.events.feed;

import io.swagger.v3.oas.annotations.Operation;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;

import jp.kizuna.events.event.CommunityEvent;
import jp.kizuna.events.event.EventFilter;
import jp.kizuna.events.event.EventService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Public calendar feeds and the open-data event list; no token needed. */
@RestController
class FeedController {

    static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);
    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final EventService events;
    private final Clock clock;
    private final String eventBaseUrl;

    FeedController(EventService events, Clock clock,
                   @Value("${kizuna.events.public-base-url:http://localhost:8080}") String publicBaseUrl) {
        this.events = events;
        this.clock = clock;
        // the web portal's page of each event, where people read it and sign up
        this.eventBaseUrl = publicBaseUrl.replaceAll("/+$", "") + "/events/";
    }

    @Operation(summary = "iCalendar feed of all public events")
    @GetMapping("/api/events/feeds/all.ics")
    ResponseEntity<String> all() {
        return calendar("会津若松市 地域のイベント", filter(null, null, null));
    }

    @Operation(summary = "iCalendar feed of one district's events")
    @GetMapping("/api/events/feeds/districts/{district}.ics")
    ResponseEntity<String> district(@PathVariable String district) {
        return calendar("会津若松市 " + district + "地区のイベント", filter(district, null, null));
    }

    @Operation(summary = "iCalendar feed of one organization's events")
    @GetMapping("/api/events/feeds/organizations/{organizationId}.ics")
    ResponseEntity<String> organization(@PathVariable String organizationId) {
        List<CommunityEvent> list = events.published(filter(null, organizationId, null));
        String name = list.isEmpty() ? organizationId : list.getFirst().organizerName();
        return ResponseEntity.ok().contentType(CALENDAR).body(ICalendar.write(name + "のイベント", list, eventBaseUrl,
                clock.instant()));
    }

    @Operation(summary = "One public event as iCalendar, to add it to a calendar",
            description = "404 for an event that is not public (a draft, one awaiting moderation).")
    @GetMapping("/api/events/feeds/events/{eventId}.ics")
    ResponseEntity<String> event(@PathVariable String eventId) {
        CommunityEvent event = events.get(eventId);
        if (!event.isPublic()) {
            throw jp.kizuna.platform.web.ProblemException.notFound("Event", eventId);
        }
        return ResponseEntity.ok().contentType(CALENDAR)
                .header("Content-Disposition", "attachment; filename=\"" + eventId + ".ics\"")
                .body(ICalendar.write(event.details().title(), List.of(event), eventBaseUrl, clock.instant()));
    }

    @Operation(summary = "iCalendar feed of a series' sessions")
    @GetMapping("/api/events/feeds/series/{seriesId}.ics")
    ResponseEntity<String> series(@PathVariable String seriesId) {
        return calendar(events.series(seriesId).title(), filter(null, null, seriesId));
    }

    @Operation(summary = "Open data: イベント一覧 (自治体標準オープンデータセット)")
    @GetMapping("/api/events/open-data/events.csv")
    ResponseEntity<String> openData() {
        return ResponseEntity.ok().contentType(CSV)
                .header("Content-Disposition", "attachment; filename=\"072028_event.csv\"")
                .body(EventListCsv.write(events.published(filter(null, null, null)), eventBaseUrl));
    }

    private ResponseEntity<String> calendar(String name, EventFilter filter) {
        return ResponseEntity.ok().contentType(CALENDAR)
                .body(ICalendar.write(name, events.published(filter), eventBaseUrl, clock.instant()));
    }

    private static EventFilter filter(String district, String organizerId, String seriesId) {
        return new EventFilter(null, null, district, organizerId, null, seriesId, null, null);
    }
}
