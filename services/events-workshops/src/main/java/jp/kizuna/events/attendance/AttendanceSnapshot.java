package jp.kizuna.events.attendance;

/**
 * The attendance of an event that its events carry: who came in total ({@code participants}: check-ins,
 * walk-ins and group headcounts, or the reported total when the report gives only that), and where it
 * belongs (organizer, business project, fiscal year), for participation figures.
 */
public record AttendanceSnapshot(String eventId, String eventTitle, String organizerId, String projectCode, int fiscalYear,
                                 int checkedIn, int walkIns, int groups, int groupParticipants, int participants,
                                 ReportedTotals reported) {
}
