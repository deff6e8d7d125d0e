package jp.kizuna.web.console;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import jp.kizuna.web.api.ApiProblemException;
import jp.kizuna.web.api.PublicApi;
import jp.kizuna.web.console.ConsoleViews.Attendance;
import jp.kizuna.web.console.ConsoleViews.ModeratedEvent;
import jp.kizuna.web.events.EventViews.Event;
import jp.kizuna.web.events.EventViews.Page;
import jp.kizuna.web.events.EventViews.Registration;
import jp.kizuna.web.page.NotFoundException;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What staff and organizers do with events, through the public API with their own token: the moderation
 * queue, an event's roster and the sign-ups they take by phone or on paper, checking people in at the door,
 * and marking the event held. Every change names the version it was read at (If-Match), so that two
 * people at two desks never overwrite each other.
 */
@Component
class EventDesk {

    private static final ParameterizedTypeReference<List<Event>> EVENTS = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<Page<Event>> PAGE = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<Page<Registration>> ROSTER = new ParameterizedTypeReference<>() {
    };

    private static final Pattern EVENT_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,99}");

    private final PublicApi api;

    EventDesk(PublicApi api) {
        this.api = api;
    }

    /**
     * The events a desk works on between two days (inclusive), soonest first: all organizers' for city
     * staff, one organization's for its officers; published and held ones, and for the organizer also their
     * drafts and those waiting for moderation.
     */
    Page<Event> between(LocalDate from, LocalDate to, String organizerId, int page, int size) {
        UriComponentsBuilder query = UriComponentsBuilder.fromPath("/api/events")
                .queryParam("from", from).queryParam("to", to)
                .queryParam("status", "PUBLISHED,FINISHED" + (organizerId == null ? "" : ",DRAFT,AWAITING_MODERATION"))
                .queryParam("page", page).queryParam("size", size);
        if (organizerId != null) {
            query.queryParam("organizerId", organizerId);
        }
        return api.get(query, PAGE);
    }

    List<Event> moderationQueue() {
        return api.get("/api/events/moderation", EVENTS);
    }

    PublicApi.Versioned<Event> event(String id) {
        return api.getVersioned("/api/events/{id}", Event.class, known(id));
    }

    /** The event with its version for a moderation decision; empty when it is gone (404) since the queue was read. */
    Optional<PublicApi.Versioned<ModeratedEvent>> findForModeration(String id) {
        try {
            return Optional.of(api.getVersioned("/api/events/{id}", ModeratedEvent.class, known(id)));
        } catch (ApiProblemException refused) {
            if (refused.isNotFound()) {
                return Optional.empty();
            }
            throw refused;
        }
    }

    Event approve(String id, String etag) {
        return api.send("POST", "/api/events/{id}/moderation/approval", null, etag, Event.class, known(id)).value();
    }

    Event reject(String id, String etag, String reason) {
        return api.send("POST", "/api/events/{id}/moderation/rejection", Map.of("reason", reason), etag, Event.class, known(id))
                .value();
    }

    Event complete(String id, String etag) {
        return api.send("POST", "/api/events/{id}/completion", null, etag, Event.class, known(id)).value();
    }

    /**
     * One page of the roster in sign-up order; with a status only those (the waitlist, say), with a name only
     * the people whose name contains it (folded as the register's search folds it).
     */
    Page<Registration> roster(String eventId, String status, String name, int page, int size) {
        UriComponentsBuilder query = UriComponentsBuilder.fromPath("/api/events/" + known(eventId) + "/registrations")
                .queryParam("page", page).queryParam("size", size);
        if (status != null) {
            query.queryParam("status", status);
        }
        if (name != null && !name.isBlank()) {
            query.queryParam("q", name.strip());
        }
        return api.get(query, ROSTER);
    }

    /** A sign-up taken by phone or on paper, in the caller's name as organizer or city staff. */
    Registration signUpFor(String eventId, DeskSignUpForm form) {
        Map<String, Object> registrant = new LinkedHashMap<>();
        registrant.put("name", form.name().strip());
        if (form.phone() != null && !form.phone().isBlank()) {
            registrant.put("phone", form.phone().strip());
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("registrant", registrant);
        body.put("channel", form.channelOrPhone());
        body.put("eligibilityDeclared", form.eligibilityDeclared());
        body.put("allowDuplicate", form.allowDuplicate());
        return api.post("/api/events/{id}/registrations", body, Registration.class, known(eventId));
    }

    Attendance attendance(String eventId) {
        return api.get("/api/events/{id}/attendance", Attendance.class, known(eventId));
    }

    Attendance checkIn(String eventId, String registrationId) {
        return api.post("/api/events/{id}/attendance/check-ins", Map.of("registrationId", known(registrationId)),
                Attendance.class, known(eventId));
    }

    Attendance undoCheckIn(String eventId, String registrationId) {
        return api.send("DELETE", "/api/events/{id}/attendance/check-ins/{registration}", null, null, Attendance.class,
                known(eventId), known(registrationId)).value();
    }

    /**
     * An event's or registration's id as given in a page's address or form: slugs, UUIDs and random ids; anything
     * else names nothing (and never reaches an API path, where {@code ..} would name another one).
     */
    private static String known(String id) {
        if (id == null || !EVENT_ID.matcher(id).matches()) {
            throw new NotFoundException("event or registration " + id);
        }
        return id;
    }
}
