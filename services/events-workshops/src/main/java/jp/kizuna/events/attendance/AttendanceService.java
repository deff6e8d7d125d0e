package jp.kizuna.events.attendance;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import jp.kizuna.events.event.CommunityEvent;
import jp.kizuna.events.event.EventService;
import jp.kizuna.events.event.EventStatus;
import jp.kizuna.events.event.Schedule;
import jp.kizuna.events.organizer.OrganizationReadModel;
import jp.kizuna.events.registration.Registration;
import jp.kizuna.events.registration.RegistrationService;
import jp.kizuna.events.registration.RegistrationStatus;
import jp.kizuna.platform.security.Actor;
import jp.kizuna.platform.security.CurrentCaller;
import jp.kizuna.platform.security.SignedIn;
import jp.kizuna.platform.time.FiscalYear;
import jp.kizuna.platform.web.IfMatch;
import jp.kizuna.platform.web.ProblemException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Recording who came, by those who manage the event, once it has begun. Check-ins at the door are
 * idempotent and retried on a concurrent write, so several staff members can check people in at
 * once; the counts (walk-ins, groups, reported totals) are replaced as a whole.
 */
@Service
public class AttendanceService {

    private static final int ATTEMPTS = 20;

    private final AttendanceRepository attendance;
    private final EventService events;
    private final RegistrationService registrations;
    private final OrganizationReadModel organizers;
    private final Clock clock;

    AttendanceService(AttendanceRepository attendance, EventService events, RegistrationService registrations,
                      OrganizationReadModel organizers, Clock clock) {
        this.attendance = attendance;
        this.events = events;
        this.registrations = registrations;
        this.organizers = organizers;
        this.clock = clock;
    }

    /** The attendance of a public event; empty counts before anything is recorded. */
    public Attendance get(String eventId) {
        CommunityEvent event = events.get(eventId);
        return attendance.findById(eventId).orElseGet(() -> blank(event));
    }

    @SignedIn
    public Attendance checkIn(String eventId, String registrationId) {
        CommunityEvent event = managed(eventId);
        Registration registration = registrations.get(registrationId);
        if (!registration.eventId().equals(eventId) || registration.status() != RegistrationStatus.CONFIRMED) {
            throw ProblemException.ruleViolated("Registration " + registrationId + " is not a confirmed registration for "
                    + "this event (it is " + registration.status() + ").");
        }
        Actor by = CurrentCaller.current().actor();
        return update(event, null, a -> a.checkIn(registrationId, registration.registrant().name(), by, clock.instant()));
    }

    @SignedIn
    public Attendance undoCheckIn(String eventId, String registrationId) {
        CommunityEvent event = managed(eventId);
        Actor by = CurrentCaller.current().actor();
        return update(event, null, a -> a.undoCheckIn(registrationId, by, clock.instant()));
    }

    @SignedIn
    public Attendance count(String eventId, IfMatch ifMatch, AttendanceCounts counts) {
        CommunityEvent event = managed(eventId);
        for (GroupAttendance group : counts.groupsOrNone()) {
            if (group.organizationId() != null && organizers.find(group.organizationId()).isEmpty()) {
                throw ProblemException.ruleViolated("Group " + group.name() + " names organization '" + group.organizationId()
                        + "', which is not in the register; leave organizationId out for groups the register does not hold.");
            }
        }
        Actor by = CurrentCaller.current().actor();
        return update(event, ifMatch, a -> a.count(counts.walkIns(), counts.groupsOrNone(), counts.reported(), by,
                clock.instant()));
    }

    /** Records the counts a source reports for an event of the seed dataset, unless recorded before. */
    public void seed(CommunityEvent event, int walkIns, List<GroupAttendance> groups, ReportedTotals reported, Actor by) {
        if (!attendance.existsById(event.id())) {
            Attendance seeded = blank(event);
            seeded.count(walkIns, groups, reported, by, clock.instant());
            attendance.insert(seeded);
        }
    }

    private CommunityEvent managed(String eventId) {
        CommunityEvent event = events.get(eventId);
        if (!CurrentCaller.current().actsFor(event.organizerId())) {
            throw new AccessDeniedException("only the organizer and the city record attendance");
        }
        if (event.status() != EventStatus.PUBLISHED && event.status() != EventStatus.FINISHED) {
            throw ProblemException.conflict("Event " + eventId + " is " + event.status() + "; attendance is recorded for "
                    + "published and finished events.");
        }
        if (!begun(event.details().schedule(), clock.instant())) {
            throw ProblemException.conflict("Event " + eventId + " has not begun (" + event.details().schedule().japaneseLabel()
                    + "); attendance is recorded from its start.");
        }
        return event;
    }

    private static boolean begun(Schedule schedule, Instant now) {
        if (schedule.dated()) {
            return !schedule.start().orElseThrow().toInstant().isAfter(now);
        }
        return !schedule.tentative() && schedule.fiscalYear().compareTo(FiscalYear.containing(
                now.atZone(FiscalYear.CITY_ZONE).toLocalDate())) <= 0;
    }

    private Attendance update(CommunityEvent event, IfMatch ifMatch, Consumer<Attendance> change) {
        for (int attempt = 1; ; attempt++) {
            Attendance current = attendance.findById(event.id()).orElseGet(() -> blank(event));
            if (ifMatch != null) {
                ifMatch.check(current.version() == null ? 0L : current.version());
            }
            change.accept(current);
            try {
                return current.version() == null ? attendance.insert(current) : attendance.save(current);
            } catch (OptimisticLockingFailureException | DuplicateKeyException concurrent) {
                if (ifMatch != null || attempt == ATTEMPTS) {
                    throw concurrent;
                }
            }
        }
    }

    private static Attendance blank(CommunityEvent event) {
        return Attendance.of(event.id(), event.details().title(), event.organizerId(), event.details().projectCode(),
                event.details().schedule().fiscalYear().startYear());
    }

    /** The organizer's counts: people who came without registering, groups, totals from a report. */
    public record AttendanceCounts(@jakarta.validation.constraints.Min(0) @jakarta.validation.constraints.Max(1_000_000) Integer walkIns,
                                   @jakarta.validation.constraints.Size(max = 1000) List<@jakarta.validation.Valid GroupAttendance> groups,
                                   @jakarta.validation.Valid ReportedTotals reported) {

        public AttendanceCounts {
            walkIns = walkIns == null ? 0 : walkIns;
        }

        List<GroupAttendance> groupsOrNone() {
            return groups == null ? List.of() : groups;
        }
    }
}
