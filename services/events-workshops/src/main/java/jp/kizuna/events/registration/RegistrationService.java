package jp.kizuna.events.registration;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jp.kizuna.events.event.CommunityEvent;
import jp.kizuna.events.event.EventDetails;
import jp.kizuna.events.event.EventRepository;
import jp.kizuna.events.event.EventService;
import jp.kizuna.events.event.EventStatus;
import jp.kizuna.events.event.SeriesRepository;
import jp.kizuna.platform.security.CurrentCaller;
import jp.kizuna.platform.security.Roles;
import jp.kizuna.platform.web.IfMatch;
import jp.kizuna.platform.web.ProblemException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Signing up, for one event or a whole series, and cancelling. A person has at most one
 * registration per event (signing up twice answers 409); a phone or paper sign-up entered by
 * staff is a registration of its own. A registration is seen by its person and by those who
 * manage its event; anybody else gets "not found".
 */
@Service
public class RegistrationService {

    private final RegistrationRepository registrations;
    private final EventRepository events;
    private final SeriesRepository series;
    private final SeatLedger ledger;
    private final RegistrationSteps steps;
    private final Clock clock;

    RegistrationService(RegistrationRepository registrations, EventRepository events, SeriesRepository series,
                        SeatLedger ledger, RegistrationSteps steps, Clock clock) {
        this.registrations = registrations;
        this.events = events;
        this.series = series;
        this.ledger = ledger;
        this.steps = steps;
        this.clock = clock;
    }

    /** The outcome for one session of a series sign-up: the registration, or why there is none. */
    public record SessionOutcome(String eventId, Integer session, String scheduleLabel, Registration registration,
                                 String refusal) {
    }

    @PreAuthorize("isAuthenticated()")
    public Registration register(String eventId, RegistrationRequests.SignUp signUp) {
        requireSomeoneToSignUp(signUp);
        CommunityEvent event = events.findById(eventId).filter(CommunityEvent::isPublic)
                .orElseThrow(() -> ProblemException.notFound("Event", eventId));
        return register(event, signUp);
    }

    /**
     * Signs up for every session of the series still taking registrations; the others are listed
     * with the reason. Refused with 422 when no session takes registrations.
     */
    @PreAuthorize("isAuthenticated()")
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
                    .map(o -> "第" + o.session() + "回 " + o.refusal()).toList());
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
        return (int) registrations.countByEventEventIdAndStatusAndTicketLessThan(registration.eventId(),
                RegistrationStatus.WAITLISTED, registration.ticket()) + 1;
    }

    @PreAuthorize("isAuthenticated()")
    public List<Registration> mine() {
        return registrations.findBySubjectOrderByRequestedAtDesc(CurrentCaller.current().subject());
    }

    /** The event's registrations in sign-up order, for those who manage it. */
    @PreAuthorize("isAuthenticated()")
    public List<Registration> roster(String eventId) {
        CommunityEvent event = events.findById(eventId).orElseThrow(() -> ProblemException.notFound("Event", eventId));
        if (!EventService.manages(CurrentCaller.current(), event.organizerId())) {
            throw new AccessDeniedException("only the organizer and the city see who registered");
        }
        return registrations.findByEventEventIdOrderByTicketAsc(eventId);
    }

    /** Cancels by the person or by whoever manages the event; a waitlisted person moves up to the seat. */
    @PreAuthorize("isAuthenticated()")
    public Registration cancel(String id, IfMatch ifMatch, String reason) {
        Registration registration = get(id);
        ifMatch.check(registration.version());
        CurrentCaller caller = CurrentCaller.current();
        registration.cancel(reason == null || reason.isBlank() ? "cancelled" : reason, caller.subject(), clock.instant());
        return steps.release(registrations.save(registration));
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
            throw ProblemException.conflict("Event " + event.id() + " is " + event.status() + " and takes no registrations.");
        }
        details.registration().refusal(now, details.schedule()).ifPresent(reason -> {
            throw ProblemException.ruleViolated("Cannot sign up: " + reason + ".");
        });
        if (details.eligibilityDeclarationRequired() && !signUp.eligibilityDeclared()) {
            throw ProblemException.ruleViolated("This event is for 「" + details.eligibility()
                    + "」: declare it with eligibilityDeclared: true.");
        }
        boolean entered = signUp.channelOrOnline() != Channel.ONLINE;
        if (entered && !EventService.manages(caller, event.organizerId())) {
            throw new AccessDeniedException("phone and paper sign-ups are entered by city staff or the organizer");
        }
        EventRef ref = new EventRef(event.id(), event.seriesId(), details.title(),
                details.schedule().start().map(ZonedDateTime::toInstant).orElse(null),
                details.schedule().japaneseLabel(), event.organizerId());
        String id = entered ? UUID.randomUUID().toString() : personalId(event.id(), caller.subject());
        long ticket = ledger.ticket(event.id());
        Registration registration;
        try {
            registration = registrations.insert(Registration.request(id, ref, entered ? null : caller.subject(),
                    signUp.registrant(), signUp.channelOrOnline(), entered ? caller.subject() : null,
                    signUp.eligibilityDeclared(), signUp.note(), ticket, now));
        } catch (DuplicateKeyException again) {
            registration = registrations.findById(id).orElseThrow();
            if (registration.status().active()) {
                throw ProblemException.conflict("You are already registered for " + details.title() + " ("
                        + registration.status() + ", registration " + id + ").");
            }
            registration.requestAgain(signUp.registrant(), signUp.eligibilityDeclared(), signUp.note(), ticket, now);
            registration = registrations.save(registration);
        }
        return steps.place(registration);
    }

    private static boolean mayRead(CurrentCaller caller, Registration registration) {
        return caller.subject().equals(registration.subject())
                || EventService.manages(caller, registration.event().organizerId());
    }

    /** One registration per person and event: its id derives from both (no dots, as the ledger's keys need). */
    static String personalId(String eventId, String subject) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(subject.getBytes(StandardCharsets.UTF_8));
            return eventId + "_" + HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
