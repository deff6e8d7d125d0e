package jp.kizuna.web.events;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import jp.kizuna.web.api.PublicApi;
import jp.kizuna.web.events.EventViews.Event;
import jp.kizuna.web.events.EventViews.Page;
import jp.kizuna.web.events.EventViews.SeriesWithSessions;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/** The events the pages list, through the public API's {@code /api/events}. */
@Component
public class EventCatalogue {

    static final String PUBLIC_STATUSES = "PUBLISHED,FINISHED,CANCELLED";
    private static final ParameterizedTypeReference<Page<Event>> PAGE = new ParameterizedTypeReference<>() {
    };

    /** What a list is narrowed to; every part optional. */
    public record Filter(String district, String organizerId, String kind) {

        public static final Filter NONE = new Filter(null, null, null);

        boolean isEmpty() {
            return blank(district) && blank(organizerId) && blank(kind);
        }
    }

    private final PublicApi api;

    EventCatalogue(PublicApi api) {
        this.api = api;
    }

    /** Published events from today on (an undecided day counts as in its month), soonest first. */
    public Page<Event> upcoming(LocalDate today, Filter filter, int page, int size) {
        return list(query(filter).queryParam("from", today).queryParam("status", "PUBLISHED"), page, size);
    }

    /**
     * The front page's events of the next days, or when there are none its most recent ones: public and the same
     * for every visitor, so a visitor who is not signed in may be shown what another was shown a few seconds ago
     * ({@link PublicApi#getPublic}); an event's own page always reads it live.
     */
    public List<Event> frontPageUpcoming(LocalDate today, LocalDate until, int size) {
        return api.getPublic(query(Filter.NONE).queryParam("from", today).queryParam("to", until)
                .queryParam("status", "PUBLISHED").queryParam("page", 0).queryParam("size", size), PAGE).items();
    }

    public List<Event> frontPageRecent(LocalDate today, int size) {
        return api.getPublic(query(Filter.NONE).queryParam("to", today.minusDays(1)).queryParam("status", PUBLIC_STATUSES)
                .queryParam("order", "desc").queryParam("page", 0).queryParam("size", size), PAGE).items();
    }

    /** Events before today, most recent first. */
    public Page<Event> past(LocalDate today, Filter filter, int page, int size) {
        return list(query(filter).queryParam("to", today.minusDays(1)).queryParam("status", PUBLIC_STATUSES)
                .queryParam("order", "desc"), page, size);
    }

    /** Every public event of a month, in day order (at most 200, more than a city holds in a month). */
    public List<Event> month(YearMonth month, Filter filter) {
        return list(query(filter).queryParam("from", month.atDay(1)).queryParam("to", month.atEndOfMonth())
                .queryParam("status", PUBLIC_STATUSES), 0, 200).items();
    }

    public Optional<Event> one(String id) {
        return api.find("/api/events/{id}", Event.class, id);
    }

    public Optional<SeriesWithSessions> series(String id) {
        return api.find("/api/events/series/{id}", SeriesWithSessions.class, id);
    }

    private Page<Event> list(UriComponentsBuilder query, int page, int size) {
        return api.get(query.queryParam("page", page).queryParam("size", size), PAGE);
    }

    private static UriComponentsBuilder query(Filter filter) {
        UriComponentsBuilder query = UriComponentsBuilder.fromPath("/api/events");
        if (!blank(filter.district())) {
            query.queryParam("district", filter.district());
        }
        if (!blank(filter.organizerId())) {
            query.queryParam("organizerId", filter.organizerId());
        }
        if (!blank(filter.kind())) {
            query.queryParam("kind", filter.kind());
        }
        return query;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
