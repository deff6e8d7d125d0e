package jp.kizuna.events.attendance;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.kizuna.platform.outbox.AggregateRoot;
import jp.kizuna.platform.security.Actor;
import jp.kizuna.platform.web.ProblemException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Who came to one event (one session of a series): registered people checked in, people who came
 * without registering (walk-ins), and for mass events the participating groups with headcounts.
 * Every change raises {@link AttendanceRecorded} with the whole attendance.
 */
@Document("attendance")
public class Attendance extends AggregateRoot {

    @Id
    private String eventId;
    private String eventTitle;
    private String organizerId;
    private String projectCode;
    private int fiscalYear;
    private Map<String, CheckIn> checkIns = new LinkedHashMap<>();
    private int walkIns;
    private List<GroupAttendance> groups = new ArrayList<>();
    private ReportedTotals reported;
    private Instant updatedAt;
    private String updatedBy;

    protected Attendance() {
    }

    public static Attendance of(String eventId, String eventTitle, String organizerId, String projectCode, int fiscalYear) {
        Attendance attendance = new Attendance();
        attendance.eventId = eventId;
        attendance.eventTitle = eventTitle;
        attendance.organizerId = organizerId;
        attendance.projectCode = projectCode;
        attendance.fiscalYear = fiscalYear;
        return attendance;
    }

    /** Checks a confirmed registration in; checking in twice changes nothing. */
    public void checkIn(String registrationId, String name, Actor by, Instant now) {
        if (checkIns.containsKey(registrationId)) {
            return;
        }
        checkIns.put(registrationId, CheckIn.of(registrationId, name, now, by));
        recorded(by, now);
    }

    public void undoCheckIn(String registrationId, Actor by, Instant now) {
        if (checkIns.remove(registrationId) == null) {
            throw ProblemException.conflict("Registration " + registrationId + " is not checked in.");
        }
        recorded(by, now);
    }

    /** Replaces the walk-ins, groups and reported totals with what the organizer counted. */
    public void count(int walkInCount, List<GroupAttendance> groupCounts, ReportedTotals reportedTotals, Actor by, Instant now) {
        long distinct = groupCounts.stream().map(g -> g.organizationId() == null ? "name:" + g.name() : g.organizationId())
                .distinct().count();
        if (distinct != groupCounts.size()) {
            throw ProblemException.ruleViolated("Each group is counted once; merge the headcounts of a group listed twice.");
        }
        walkIns = walkInCount;
        groups = new ArrayList<>(groupCounts);
        reported = reportedTotals;
        recorded(by, now);
    }

    public int groupParticipants() {
        return groups.stream().mapToInt(GroupAttendance::headcount).sum();
    }

    /** Everyone who came: as counted, or the reported total when the report gives more than was listed. */
    public int participants() {
        int counted = checkIns.size() + walkIns + groupParticipants();
        return reported == null ? counted : Math.max(counted, reported.participants());
    }

    public int groupCount() {
        return reported == null ? groups.size() : Math.max(groups.size(), reported.groups());
    }

    AttendanceSnapshot snapshot() {
        return new AttendanceSnapshot(eventId, eventTitle, organizerId, projectCode, fiscalYear, checkIns.size(), walkIns,
                groupCount(), groupParticipants(), participants(), reported);
    }

    private void recorded(Actor by, Instant now) {
        updatedBy = by.subject();
        updatedAt = now;
        raise(new AttendanceRecorded(eventId, snapshot(), now));
    }

    public String eventId() {
        return eventId;
    }

    public String organizerId() {
        return organizerId;
    }

    public List<CheckIn> checkIns() {
        return List.copyOf(checkIns.values());
    }

    public boolean checkedIn(String registrationId) {
        return checkIns.containsKey(registrationId);
    }

    public int walkIns() {
        return walkIns;
    }

    public List<GroupAttendance> groups() {
        return List.copyOf(groups);
    }

    public ReportedTotals reported() {
        return reported;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }
}
