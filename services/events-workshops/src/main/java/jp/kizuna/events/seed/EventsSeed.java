package jp.kizuna.events.seed;

import java.util.List;

import jp.kizuna.events.attendance.GroupAttendance;
import jp.kizuna.events.attendance.ReportedTotals;
import jp.kizuna.events.event.EventDetails;
import jp.kizuna.events.event.EventStatus;

/** The shape of seed/events-seed.yaml. */
record EventsSeed(String recordedBy, List<SeriesEntry> series, List<EventEntry> events) {

    record SeriesEntry(String id, String organizerId, String organizerName, String title, String titleEn, String description) {
    }

    record EventEntry(String id, String organizerId, String organizerName, String seriesId, Integer session,
                      EventStatus status, EventDetails details, AttendanceEntry attendance) {
    }

    record AttendanceEntry(Integer walkIns, List<GroupAttendance> groups, ReportedTotals reported) {

        List<GroupAttendance> groupsOrNone() {
            return groups == null ? List.of() : groups;
        }
    }
}
