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
    @GetMapping(value = "/api/events/feeds/all.ics", produces = "text/calendar")
    ResponseEntity<String> getAllEventsFeed() {
        return calendar("会津若松市 地域のイベント", filter(null, null, null));
    }

    @Operation(summary = "iCalendar feed of one district's events")
    @GetMapping(value = "/api/events/feeds/districts/{district}.ics", produces = "text/calendar")
    ResponseEntity<String> getDistrictFeed(@PathVariable String district) {
        return calendar("会津若松市 " + district + "地区のイベント", filter(district, null, null));
    }

    @Operation(summary = "iCalendar feed of one organization's events")
    @GetMapping(value = "/api/events/feeds/organizations/{organizationId}.ics", produces = "text/calendar")
    ResponseEntity<String> getOrganizationFeed(@PathVariable String organizationId) {
        List<CommunityEvent> list = events.published(filter(null, organizationId, null));
        String name = list.isEmpty() ? organizationId : list.getFirst().organizerName();
        return ResponseEntity.ok().contentType(CALENDAR).body(ICalendar.write(name + "のイベント", list, eventBaseUrl,
                clock.instant()));
    }

    @Operation(summary = "One public event as iCalendar, to add it to a calendar",
            description = "404 for an event that is not public (a draft, one awaiting moderation).")
    @GetMapping(value = "/api/events/feeds/events/{eventId}.ics", produces = "text/calendar")
    ResponseEntity<String> getEventFeed(@PathVariable String eventId) {
        CommunityEvent event = events.get(eventId);
        if (!event.isPublic()) {
            throw jp.kizuna.platform.web.ProblemException.notFound("Event", eventId);
        }
        return ResponseEntity.ok().contentType(CALENDAR)
                .header("Content-Disposition", "attachment; filename=\"" + eventId + ".ics\"")
                .body(ICalendar.write(event.details().title(), List.of(event), eventBaseUrl, clock.instant()));
    }

    @Operation(summary = "iCalendar feed of a series' sessions")
    @GetMapping(value = "/api/events/feeds/series/{seriesId}.ics", produces = "text/calendar")
    ResponseEntity<String> getSeriesFeed(@PathVariable String seriesId) {
        return calendar(events.series(seriesId).title(), filter(null, null, seriesId));
    }

    @Operation(summary = "Open data: イベント一覧 (自治体標準オープンデータセット)")
    @GetMapping(value = "/api/events/open-data/events.csv", produces = "text/csv")
    ResponseEntity<String> getEventsCsv() {
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
