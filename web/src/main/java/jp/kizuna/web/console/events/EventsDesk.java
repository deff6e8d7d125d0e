package jp.kizuna.web.console.events;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jp.kizuna.web.api.PublicApi;
import jp.kizuna.web.api.PublicApi.Versioned;
import jp.kizuna.web.console.events.EventsConsoleViews.ManagedEvent;
import jp.kizuna.web.console.events.EventsConsoleViews.Publisher;
import jp.kizuna.web.events.EventViews.Event;
import jp.kizuna.web.events.EventViews.Page;
import jp.kizuna.web.events.EventViews.Series;
import jp.kizuna.web.events.EventViews.SeriesWithSessions;
import jp.kizuna.web.page.NotFoundException;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What staff and officers do with events and series, through the public API with their own token: the events
 * they manage a page at a time, drafting and editing an event, publishing it (the API sends an untrusted partner's
 * to moderation), cancelling it, the series, and — city staff — which partners publish without moderation. Every
 * change of something that exists names the version it was read at (If-Match).
 */
@Component
class EventsDesk {

    /** Every status an event can be in: the console lists them all, the public only the published ones. */
    static final String ALL_STATUSES = "DRAFT,AWAITING_MODERATION,PUBLISHED,CANCELLED,FINISHED";

    private static final ParameterizedTypeReference<Page<Event>> PAGE = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<Series>> SERIES = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<Publisher>> PUBLISHERS = new ParameterizedTypeReference<>() {
    };

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,99}");

    private final PublicApi api;

    EventsDesk(PublicApi api) {
        this.api = api;
    }

    /**
     * A page of the events someone manages, sorted by the API by their day (soonest first, or latest first):
     * with an organizer only that organization's (an officer's are always their own), in the given statuses.
     */
    Page<Event> managed(String organizerId, String statuses, String text, boolean latestFirst, int page, int size) {
        UriComponentsBuilder query = UriComponentsBuilder.fromPath("/api/events").queryParam("status", statuses)
                .queryParam("order", latestFirst ? "desc" : "asc").queryParam("page", page).queryParam("size", size);
        if (organizerId != null) {
            query.queryParam("organizerId", organizerId);
        }
        if (text != null && !text.isBlank()) {
            query.queryParam("q", text.strip());
        }
        return api.get(query, PAGE);
    }

    Versioned<ManagedEvent> event(String id) {
        return api.getVersioned("/api/events/{id}", ManagedEvent.class, known(id));
    }

    /** A new draft; the API answers it with its id and first version. */
    Versioned<ManagedEvent> draft(String organizerId, String seriesId, Integer session, Map<String, Object> details) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (organizerId != null) {
            body.put("organizerId", organizerId);
        }
        if (seriesId != null) {
            body.put("seriesId", seriesId);
            body.put("session", session);
        }
        body.put("details", details);
        return api.send("POST", "/api/events", body, null, ManagedEvent.class);
    }

    Versioned<ManagedEvent> edit(String id, String version, Map<String, Object> details) {
        return api.send("PUT", "/api/events/{id}", Map.of("details", details), version, ManagedEvent.class, known(id));
    }

    Versioned<ManagedEvent> publish(String id, String version) {
        return api.send("POST", "/api/events/{id}/publication", null, version, ManagedEvent.class, known(id));
    }

    Versioned<ManagedEvent> cancel(String id, String version, String reason) {
        return api.send("POST", "/api/events/{id}/cancellation", Map.of("reason", reason), version, ManagedEvent.class,
                known(id));
    }

    /** Every series (the API keeps them few and lists them whole), oldest first. */
    List<Series> series() {
        return api.get("/api/events/series", SERIES);
    }

    Versioned<SeriesWithSessions> oneSeries(String id) {
        return api.getVersioned("/api/events/series/{id}", SeriesWithSessions.class, known(id));
    }

    SeriesWithSessions createSeries(SeriesForm form) {
        return api.post("/api/events/series", form.body(true), SeriesWithSessions.class);
    }

    Versioned<SeriesWithSessions> editSeries(String id, String version, SeriesForm form) {
        return api.send("PUT", "/api/events/series/{id}", form.body(false), version, SeriesWithSessions.class, known(id));
    }

    List<Publisher> publishers() {
        return api.get("/api/events/publishers", PUBLISHERS);
    }

    Publisher decide(String organizationId, boolean trusted, String note) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("trusted", trusted);
        if (note != null && !note.isBlank()) {
            body.put("note", note);
        }
        return api.send("PUT", "/api/events/publishers/{id}", body, null, Publisher.class, known(organizationId)).value();
    }

    /**
     * An id as given in a page's address or a form: slugs, UUIDs and random ids; anything else names nothing (and
     * never reaches an API path, where {@code ..} would name another one).
     */
    static String known(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new NotFoundException("event, series or organization " + id);
        }
        return id;
    }

    static boolean isId(String id) {
        return id != null && ID.matcher(id).matches();
    }
}
