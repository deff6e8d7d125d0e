package jp.kizuna.web.console;

import java.time.Instant;
import java.util.List;

import jp.kizuna.web.events.EventViews.Details;
import jp.kizuna.web.events.EventViews.Organizer;

/** The API's answers the console shows beyond the portal's (unknown members are ignored). */
final class ConsoleViews {

    private ConsoleViews() {
    }

    /** Who came to an event: the people checked in from the roster, walk-ins and groups. */
    record Attendance(String eventId, int participants, int checkedIn, int walkIns, int groupCount, int groupParticipants,
                      List<CheckIn> checkIns, Instant updatedAt) {

        Attendance {
            checkIns = checkIns == null ? List.of() : List.copyOf(checkIns);
        }

        public boolean hasCheckedIn(String registrationId) {
            return checkIns.stream().anyMatch(checkIn -> checkIn.registrationId().equals(registrationId));
        }
    }

    record CheckIn(String registrationId, String name, Instant at, String by) {
    }

    /**
     * An event as moderation sees it: the details waiting for approval (a new event's own, or the change an
     * untrusted publisher made to a published one) and the note of an earlier return.
     */
    record ModeratedEvent(String id, String status, Organizer organizer, String scheduleLabel, Details details,
                          Details pendingDetails, String moderationNote) {

        /** What the decision is about: the waiting change when there is one, else the event itself. */
        public Details proposed() {
            return pendingDetails != null ? pendingDetails : details;
        }

        public boolean isChange() {
            return pendingDetails != null;
        }
    }
}
