package jp.kizuna.events.registration;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jp.kizuna.events.event.CommunityEvent;
import jp.kizuna.events.event.EventDetails;
import jp.kizuna.events.event.EventRepository;
import jp.kizuna.events.event.EventStatus;
import jp.kizuna.events.event.SeriesRepository;
import jp.kizuna.platform.contracts.Roles;
import jp.kizuna.platform.security.CurrentCaller;
import jp.kizuna.platform.security.SignedIn;
import jp.kizuna.platform.text.JapaneseSearchText;
import jp.kizuna.platform.web.IfMatch;
import jp.kizuna.platform.web.ProblemException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Signing up, for one event or a whole series, and cancelling. A person has at most one active
 * registration per event (signing up twice answers 409). A phone or paper sign-up entered by staff
 * is checked against the event's active registrations by normalised name and phone: a duplicate
 * answers 409 with the earlier registration ({@code duplicateOf}) unless the request says it is
 * meant ({@code allowDuplicate}), which the new registration records. A registration is seen by its
 * person and by those who manage its event; anybody else gets "not found".
 */
@Service
public class RegistrationService {

    /** Roster pages in sign-up order; the person's own newest first. */
    static final Sort ROSTER_ORDER = Sort.by("ticket", "_id");
    static final Sort MINE_ORDER = Sort.by(Sort.Order.desc("requestedAt"), Sort.Order.asc("_id"));
    private static final Set<RegistrationStatus> ACTIVE = EnumSet.of(RegistrationStatus.REQUESTED,
            RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED);

    private final RegistrationRepository registrations;
    private final EventRepository events;
    private final SeriesRepository series;
    private final RegistrationSteps steps;
    private final Clock clock;

    RegistrationService(RegistrationRepository registrations, EventRepository events, SeriesRepository series,
                        RegistrationSteps steps, Clock clock) {
        this.registrations = registrations;
        this.events = events;
        this.series = series;
        this.steps = steps;
        this.clock = clock;
    }

    /** The outcome for one session of a series sign-up: the registration, or why there is none. */
    public record SessionOutcome(String eventId, Integer session, String scheduleLabel, Registration registration,
                                 String refusal) {
    }

    @SignedIn
    public Registration register(String eventId, RegistrationRequests.SignUp signUp) {
        requireSomeoneToSignUp(signUp);
        CommunityEvent event = events.findById(eventId).filter(CommunityEvent::isPublic)
                .orElseThrow(() -> ProblemException.notFound("Event", eventId));
        return register(event, signUp);
    }

    /**
     * Signs up for every session of the series still taking registrations, each on its own: each
     * session gets its own registration and ticket and is CONFIRMED or WAITLISTED by its own seats,
     * so a full session does not keep the person from the others. The sessions that take no
     * registrations (and those the person is already registered for) are listed with the reason.
     * Refused with 422 when no session takes registrations. Repeating a series sign-up that was cut
     * short signs up for the sessions still missing.
     */
    @SignedIn
    public List<SessionOutcome> registerForSeries(String seriesId, RegistrationRequests.SignUp signUp) {
        requireSomeoneToSignUp(signUp);
        series.findById(seriesId).orElseThrow(() -> ProblemException.notFound("Series", seriesId));
        List<SessionOutcome> outcomes = new ArrayList<>();
        for (CommunityEvent session : events.findBySeriesIdOrderBySessionAsc(seriesId)) {
            if (!session.isPublic()) {
                continue;
            }
            try {
                outcomes.add(new SessionOutcome(session.id(), session.session(), session.details().schedule().japaneseLabel(),
                        register(session, signUp), null));
            } catch (ProblemException refused) {
                outcomes.add(new SessionOutcome(session.id(), session.session(),
                        session.details().schedule().japaneseLabel(), null, refused.getMessage()));
            }
        }
        if (outcomes.stream().allMatch(o -> o.registration() == null)) {
            throw ProblemException.ruleViolated("No session of this series takes registrations now: " + outcomes.stream()
                    .map(o -> "第" + o.session() + "回 " + o.refusal()).toList()).with("reason", "no-session-open");
        }
        return outcomes;
    }

    public Registration get(String id) {
        Registration registration = registrations.findById(id).orElseThrow(() -> ProblemException.notFound("Registration", id));
        if (!mayRead(CurrentCaller.current(), registration)) {
            throw ProblemException.notFound("Registration", id);
        }
        return registration;
    }

    /** Where a waitlisted registration stands (1 = next to get a seat); null for others. */
    public Integer waitlistPosition(Registration registration) {
        if (registration.status() != RegistrationStatus.WAITLISTED) {
            return null;
        }
        Optional<Integer> justPlaced = registration.positionWhenPlaced();
        if (justPlaced.isPresent()) {
            return justPlaced.get();
        }
        return (int) registrations.countByEventEventIdAndStatusAndTicketLessThan(registration.eventId(),
                RegistrationStatus.WAITLISTED, registration.ticket()) + 1;
    }

    /**
     * The waitlist positions of the registrations of one page of an event's roster in ticket order:
     * one count for the first waitlisted one, the others follow it.
     */
    Map<String, Integer> waitlistPositions(List<Registration> rosterPage) {
        Map<String, Integer> positions = new LinkedHashMap<>();
        Integer next = null;
        for (Registration registration : rosterPage) {
            if (registration.status() == RegistrationStatus.WAITLISTED) {
                next = next == null ? waitlistPosition(registration) : next;
                positions.put(registration.id(), next++);
            }
        }
        return positions;
    }

    @SignedIn
    public Page<Registration> mine(int page, int size) {
        return registrations.findBySubject(CurrentCaller.current().subject(), PageRequest.of(page, size, MINE_ORDER));
    }

    /** A page of the event's registrations in sign-up order (of one status, e.g. the waitlist), for those who manage it. */
    @SignedIn
    public Page<Registration> roster(String eventId, RegistrationStatus status, String name, int page, int size) {
        CommunityEvent event = events.findById(eventId).orElseThrow(() -> ProblemException.notFound("Event", eventId));
        if (!CurrentCaller.current().actsFor(event.organizerId())) {
            throw new AccessDeniedException("only the organizer and the city see who registered");
        }
        PageRequest request = PageRequest.of(page, size, ROSTER_ORDER);
        String folded = name == null ? "" : JapaneseSearchText.fold(name);
        if (!folded.isEmpty()) {
            // the name part of the contact key (before "|") contains the folded text: 「ハナコ」 finds 会津 花子's あいづはなこ
            String pattern = "^[^|]*" + JapaneseSearchText.containsPattern(name);
            return status == null ? registrations.findByEventEventIdAndContactKeyRegex(eventId, pattern, request)
                    : registrations.findByEventEventIdAndStatusAndContactKeyRegex(eventId, status, pattern, request);
        }
        return status == null ? registrations.findByEventEventId(eventId, request)
                : registrations.findByEventEventIdAndStatus(eventId, status, request);
    }

    /** Cancels by the person or by whoever manages the event; the first on the waitlist moves up to a freed seat. */
    @SignedIn
    public Registration cancel(String id, IfMatch ifMatch, String reason) {
        Registration registration = get(id);
        ifMatch.check(registration.version());
        CurrentCaller caller = CurrentCaller.current();
        return steps.cancel(id, ifMatch.version(), reason == null || reason.isBlank() ? "cancelled" : reason,
                caller.subject());
    }

    /**
     * An online sign-up is a person signing up for themselves; a partner's client (a program acting for
     * its organization, e.g. with an API key) is no one to sign up, so it may only enter phone and paper
     * sign-ups, and only for the events its organization runs.
     */
    private static void requireSomeoneToSignUp(RegistrationRequests.SignUp signUp) {
        CurrentCaller caller = CurrentCaller.current();
        boolean partnerClientOnly = caller.roles().equals(Set.of(Roles.PARTNER));
        if (partnerClientOnly && signUp.channelOrOnline() == Channel.ONLINE) {
            throw new AccessDeniedException("a partner client signs no one up online; it enters phone and paper "
                    + "sign-ups for its own organization's events");
        }
    }

    private Registration register(CommunityEvent event, RegistrationRequests.SignUp signUp) {
        CurrentCaller caller = CurrentCaller.current();
        Instant now = clock.instant();
        EventDetails details = event.details();
        if (event.status() != EventStatus.PUBLISHED) {
            throw ProblemException.conflict("Event " + event.id() + " is " + event.status() + " and takes no registrations.")
                    .with("reason", "event-not-published");
        }
        details.registration().refusal(now, details.schedule()).ifPresent(refusal -> {
            throw ProblemException.ruleViolated("Cannot sign up: " + refusal.message() + ".").with("reason", refusal.reason());
        });
        if (details.eligibilityDeclarationRequired() && !signUp.eligibilityDeclared()) {
            throw ProblemException.ruleViolated("This event is for 「" + details.eligibility()
                    + "」: declare it with eligibilityDeclared: true.").with("reason", "eligibility-not-declared");
        }
        boolean entered = signUp.channelOrOnline() != Channel.ONLINE;
        if (entered && !caller.actsFor(event.organizerId())) {
            throw new AccessDeniedException("phone and paper sign-ups are entered by city staff or the organizer");
        }
        EventRef ref = new EventRef(event.id(), event.seriesId(), details.title(),
                details.schedule().start().map(ZonedDateTime::toInstant).orElse(null),
                details.schedule().japaneseLabel(), event.organizerId());
        String id = UUID.randomUUID().toString();
        String contactKey = PersonKeys.contactKey(signUp.registrant());
        Optional<Registration> earlier = entered ? registrations.findFirstByEventEventIdAndContactKeyAndStatusInOrderByTicketAsc(
                event.id(), contactKey, ACTIVE) : Optional.empty();
        if (earlier.isPresent() && !signUp.allowDuplicate()) {
            throw duplicate(details, earlier.get());
        }
        String personKey = !entered ? PersonKeys.account(caller.subject())
                : earlier.isPresent() ? PersonKeys.entry(id) : PersonKeys.contact(contactKey);
        Registration registration;
        try {
            registration = registrations.insert(Registration.request(id, ref, entered ? null : caller.subject(), personKey,
                    contactKey, signUp.registrant(), signUp.channelOrOnline(), entered ? caller.actor() : null,
                    signUp.eligibilityDeclared(), signUp.note(), earlier.map(Registration::id).orElse(null), now));
        } catch (DuplicateKeyException again) {
            Registration holder = registrations.findByEventEventIdAndPersonKey(event.id(), personKey)
                    .orElseThrow(() -> ProblemException.conflict("Someone signed up with these details at this very "
                            + "moment; look at the roster and try again if needed."));
            if (entered) {
                throw duplicate(details, holder);
            }
            throw ProblemException.conflict("You are already registered for " + details.title() + " ("
                    + holder.status() + ", registration " + holder.id() + ").").with("reason", "already-registered");
        }
        return steps.place(registration);
    }

    /** The earlier registration, as the 409 describes it to the staff member entering the sign-up. */
    private static ProblemException duplicate(EventDetails details, Registration earlier) {
        return ProblemException.conflict(earlier.registrant().name() + " (" + contact(earlier.registrant())
                        + ") is already registered for " + details.title() + ": registration " + earlier.id() + ", "
                        + earlier.channel() + ", " + earlier.status() + ", signed up " + earlier.requestedAt()
                        + ". If this is another person, or the same person signing up twice on purpose, send it again "
                        + "with allowDuplicate: true.")
                .with("duplicateOf", new DuplicateOf(earlier.id(), earlier.status(), earlier.channel(), earlier.ticket(),
                        earlier.registrant().name(), earlier.registrant().phone(), earlier.requestedAt()))
                .with("reason", "duplicate-entry");
    }

    /** The earlier registration in a duplicate's problem document. */
    public record DuplicateOf(String id, RegistrationStatus status, Channel channel, long ticket, String name, String phone,
                       Instant requestedAt) {
    }

    private static String contact(Registrant registrant) {
        return registrant.phone() == null || registrant.phone().isBlank() ? "no phone" : registrant.phone();
    }

    private static boolean mayRead(CurrentCaller caller, Registration registration) {
        return caller.subject().equals(registration.subject())
                || caller.actsFor(registration.event().organizerId());
    }
}
