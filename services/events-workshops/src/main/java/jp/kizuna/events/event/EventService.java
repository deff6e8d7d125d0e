package jp.kizuna.events.event;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jp.kizuna.events.organizer.Organizer;
import jp.kizuna.events.organizer.OrganizationReadModel;
import jp.kizuna.events.organizer.PublisherTrust;
import jp.kizuna.platform.contracts.Roles;
import jp.kizuna.platform.security.CityStaffOnly;
import jp.kizuna.platform.security.CurrentCaller;
import jp.kizuna.platform.security.PublishersOnly;
import jp.kizuna.platform.web.GuardedChange;
import jp.kizuna.platform.web.IfMatch;
import jp.kizuna.platform.web.ProblemException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Announcing events. City staff act for the city and for any organization; an org-admin or a
 * partner only for its own organization. A partner's event waits for a city moderator unless the
 * city trusts that organization ({@link PublisherTrust}); org-admins, whose accounts the city issues
 * to registered organizations, publish directly. Drafts and events awaiting moderation are seen
 * only by those who may manage them.
 */
@Service
public class EventService {

    static final Set<EventStatus> PUBLIC = EnumSet.of(EventStatus.PUBLISHED, EventStatus.CANCELLED, EventStatus.FINISHED);

    private final EventRepository events;
    private final SeriesRepository series;
    private final EventQueries queries;
    private final OrganizationReadModel organizers;
    private final PublisherTrust trust;
    private final Seats seats;
    private final Clock clock;
    private final GuardedChange<CommunityEvent> guarded;

    EventService(EventRepository events, SeriesRepository series, EventQueries queries, OrganizationReadModel organizers,
                 PublisherTrust trust, Seats seats, Clock clock) {
        this.events = events;
        this.series = series;
        this.queries = queries;
        this.organizers = organizers;
        this.trust = trust;
        this.seats = seats;
        this.clock = clock;
        this.guarded = new GuardedChange<>(this::managed, CommunityEvent::version, events::save, clock);
    }

    /** The event, if the caller may see it: a draft of someone else's is "not found". */
    public CommunityEvent get(String id) {
        CommunityEvent event = events.findById(id).orElseThrow(() -> ProblemException.notFound("Event", id));
        if (!event.isPublic() && !CurrentCaller.current().actsFor(event.organizerId())) {
            throw ProblemException.notFound("Event", id);
        }
        return event;
    }

    /**
     * Public events for everyone; a caller who asks for other statuses sees only the events it may
     * manage among them.
     */
    public Page<CommunityEvent> list(EventFilter filter, Pageable pageable) {
        return queries.find(visible(filter), pageable);
    }

    /** Every published or cancelled event matching the filter, for feeds and open data. */
    public List<CommunityEvent> published(EventFilter filter) {
        return queries.all(new EventFilter(filter.from(), filter.to(), filter.district(), filter.organizerId(), filter.kind(),
                filter.seriesId(), filter.query(), EnumSet.of(EventStatus.PUBLISHED, EventStatus.CANCELLED,
                EventStatus.FINISHED)));
    }

    public List<CommunityEvent> sessions(String seriesId) {
        return events.findBySeriesIdOrderBySessionAsc(seriesId).stream().filter(CommunityEvent::isPublic).toList();
    }

    @PublishersOnly
    public CommunityEvent draft(EventRequests.Draft request) {
        return draft(UUID.randomUUID().toString(), request);
    }

    /** A draft with a given id (the seed dataset's); the id must be new. */
    public CommunityEvent draft(String id, EventRequests.Draft request) {
        CurrentCaller caller = CurrentCaller.current();
        caller.requireActsFor(request.organizerId());
        if ((request.seriesId() == null) != (request.session() == null)) {
            throw ProblemException.ruleViolated("A session names both its seriesId and its session number.");
        }
        if (request.seriesId() != null) {
            checkSession(request);
        }
        Organizer organizer = request.organizerId() == null ? null : organizer(request.organizerId());
        EventDetails details = organizer == null ? request.details()
                : request.details().inDistrictsByDefault(organizer.districts());
        CommunityEvent event = CommunityEvent.draft(id, request.organizerId(),
                organizer == null ? "会津若松市" : organizer.name(), request.seriesId(), request.session(), details,
                caller.actor(), clock.instant());
        CommunityEvent saved = events.insert(event);
        try {
            seats.open(saved.id(), details.capacity());
        } catch (RuntimeException e) {
            // a draft raises no event yet: removing it leaves nothing behind
            events.deleteById(saved.id());
            throw e;
        }
        return saved;
    }

    @PublishersOnly
    /**
     * Every check comes before the seat ledger is resized, and the resize is undone when the event
     * cannot be saved: a refused edit changes nothing.
     */
    public CommunityEvent edit(String id, IfMatch ifMatch, EventDetails details) {
        CommunityEvent event = get(id);
        CurrentCaller caller = CurrentCaller.current();
        caller.requireActsFor(event.organizerId());
        ifMatch.check(event.version());
        Integer capacityBefore = event.details().capacity();
        Organizer organizer = event.organizerId() == null ? null : organizer(event.organizerId());
        EventDetails changed = organizer == null ? details : details.inDistrictsByDefault(organizer.districts());
        boolean moderated = needsModeration(caller, event.organizerId());
        event.edit(changed, moderated, caller.actor(), clock.instant());
        boolean resized = !moderated && !java.util.Objects.equals(capacityBefore, changed.capacity());
        if (resized && !seats.resize(id, changed.capacity())) {
            throw ProblemException.conflict("The capacity cannot go below the " + seats.occupancy(id).confirmed()
                    + " registrations already confirmed; cancel some first.");
        }
        try {
            return events.save(event);
        } catch (RuntimeException e) {
            if (resized) {
                seats.resize(id, capacityBefore);
            }
            throw e;
        }
    }

    /** Publishes the draft, or queues it for moderation when its publisher needs that. */
    @PublishersOnly
    public CommunityEvent submit(String id, IfMatch ifMatch) {
        CurrentCaller caller = CurrentCaller.current();
        return guarded.apply(id, ifMatch, (event, by, now) -> event.submit(needsModeration(caller, event.organizerId()),
                by, now));
    }

    @PublishersOnly
    public CommunityEvent cancel(String id, IfMatch ifMatch, String reason) {
        CommunityEvent cancelled = guarded.apply(id, ifMatch, (event, by, now) -> event.cancel(reason, by, now));
        seats.cancelAll(id, reason, CurrentCaller.current().subject());
        return cancelled;
    }

    @PublishersOnly
    public CommunityEvent finish(String id, IfMatch ifMatch) {
        return guarded.apply(id, ifMatch, (event, by, now) -> event.finish(by, now));
    }

    /** Events and changes waiting for a city moderator, oldest first. */
    @CityStaffOnly
    public List<CommunityEvent> moderationQueue() {
        List<CommunityEvent> waiting = new java.util.ArrayList<>(events.findByStatus(EventStatus.AWAITING_MODERATION));
        waiting.addAll(events.findByStatusAndPendingDetailsNotNull(EventStatus.PUBLISHED));
        waiting.sort(java.util.Comparator.comparing(CommunityEvent::updatedAt));
        return waiting;
    }

    @CityStaffOnly
    public CommunityEvent approve(String id, IfMatch ifMatch) {
        return guarded.apply(id, ifMatch, (event, by, now) -> {
            if (event.pendingDetails() != null && !seats.resize(id, event.pendingDetails().capacity())) {
                throw ProblemException.conflict("The proposed capacity is below the registrations already confirmed.");
            }
            event.approve(by, now);
        });
    }

    @CityStaffOnly
    public CommunityEvent reject(String id, IfMatch ifMatch, String reason) {
        return guarded.apply(id, ifMatch, (event, by, now) -> event.reject(reason, by, now));
    }

    /** A series of sessions; its sessions are added as events naming it. */
    @PublishersOnly
    public EventSeries createSeries(String id, EventRequests.NewSeries request) {
        CurrentCaller caller = CurrentCaller.current();
        caller.requireActsFor(request.organizerId());
        String organizerName = request.organizerId() == null ? "会津若松市" : organizer(request.organizerId()).name();
        return series.insert(new EventSeries(id == null ? UUID.randomUUID().toString() : id, request.organizerId(),
                organizerName, request.title().strip(), request.titleEn(), request.description(), clock.instant(),
                caller.subject(), caller.displayName(), null));
    }

    /**
     * A series' title and description changed, at the version the caller read (its organizer and sessions stay);
     * the same values again change nothing and keep the version.
     */
    @PublishersOnly
    public EventSeries editSeries(String id, IfMatch ifMatch, EventRequests.SeriesChange change) {
        EventSeries current = series(id);
        CurrentCaller.current().requireActsFor(current.organizerId());
        ifMatch.check(current.version());
        EventSeries changed = new EventSeries(current.id(), current.organizerId(), current.organizerName(),
                change.title().strip(), change.titleEn(), change.description(), current.createdAt(), current.createdBy(),
                current.createdByName(), current.version());
        return changed.equals(current) ? current : series.save(changed);
    }

    public EventSeries series(String id) {
        return series.findById(id).orElseThrow(() -> ProblemException.notFound("Series", id));
    }

    public List<EventSeries> allSeries() {
        return series.findAllByOrderByCreatedAtAsc();
    }

    private void checkSession(EventRequests.Draft request) {
        EventSeries of = series(request.seriesId());
        if (!java.util.Objects.equals(of.organizerId(), request.organizerId())) {
            throw ProblemException.ruleViolated("A session has its series' organizer ("
                    + (of.organizerId() == null ? "the city" : of.organizerId()) + ").");
        }
        boolean taken = events.findBySeriesIdOrderBySessionAsc(of.id()).stream()
                .anyMatch(e -> request.session().equals(e.session()) && e.status() != EventStatus.CANCELLED);
        if (taken) {
            throw ProblemException.conflict("Series " + of.title() + " already has a session " + request.session() + ".");
        }
    }

    private boolean needsModeration(CurrentCaller caller, String organizerId) {
        return !caller.isCityStaff() && caller.roles().contains(Roles.PARTNER) && !trust.trusts(organizerId);
    }

    private EventFilter visible(EventFilter filter) {
        CurrentCaller caller = CurrentCaller.current();
        Set<EventStatus> asked = filter.statuses() == null || filter.statuses().isEmpty() ? PUBLIC : filter.statuses();
        boolean onlyPublic = PUBLIC.containsAll(asked);
        if (!onlyPublic && !caller.isCityStaff()) {
            String own = caller.organizationId().orElseThrow(() -> new AccessDeniedException(
                    "only city staff and organizers may list events that are not public"));
            if (filter.organizerId() != null && !filter.organizerId().equals(own)) {
                throw new AccessDeniedException("an organizer lists only its own unpublished events");
            }
            return new EventFilter(filter.from(), filter.to(), filter.district(), own, filter.kind(), filter.seriesId(),
                    filter.query(), asked);
        }
        return new EventFilter(filter.from(), filter.to(), filter.district(), filter.organizerId(), filter.kind(),
                filter.seriesId(), filter.query(), asked);
    }

    private Organizer organizer(String organizerId) {
        Organizer organizer = organizers.find(organizerId).orElseThrow(() -> ProblemException.ruleViolated("Organization '"
                + organizerId + "' is not known to the events service yet; it must be in the register "
                + "(the registry's events reach this service within seconds)."));
        if (!organizer.active()) {
            throw ProblemException.ruleViolated(organizer.name() + " is " + organizer.status()
                    + " in the register and cannot announce events.");
        }
        return organizer;
    }

    /**
     * The event, to be changed by the caller: not found when the caller may not see it, 403 when it may see it
     * but does not act for its organizer (the city's own events: city staff only).
     */
    private CommunityEvent managed(String id) {
        CommunityEvent event = get(id);
        CurrentCaller.current().requireActsFor(event.organizerId());
        return event;
    }
}
