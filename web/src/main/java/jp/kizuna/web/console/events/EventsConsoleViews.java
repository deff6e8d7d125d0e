package jp.kizuna.web.console.events;

import java.time.Instant;
import java.util.List;

import jp.kizuna.web.events.EventViews.Contact;
import jp.kizuna.web.events.EventViews.Fee;
import jp.kizuna.web.events.EventViews.Organizer;
import jp.kizuna.web.events.EventViews.RegistrationState;
import jp.kizuna.web.events.EventViews.Schedule;
import jp.kizuna.web.events.EventViews.Terms;
import jp.kizuna.web.events.EventViews.Venue;

/** The events API's answers as the console's event pages show and edit them (unknown members are ignored). */
public final class EventsConsoleViews {

    private EventsConsoleViews() {
    }

    /**
     * An event as those who manage it read it: every field of its details (a form edits them whole), the change an
     * untrusted partner made that waits for moderation, and the note of a return.
     */
    public record ManagedEvent(String id, String status, Organizer organizer, String seriesId, Integer session,
                               Fields details, String kindLabel, String scheduleLabel, RegistrationState registration,
                               Fields pendingDetails, String moderationNote, String cancellationReason, Instant updatedAt) {

        public boolean draft() {
            return "DRAFT".equals(status);
        }

        public boolean awaitingModeration() {
            return "AWAITING_MODERATION".equals(status);
        }

        /** Still changeable: a draft, one waiting for moderation, or a published one. */
        public boolean editable() {
            return draft() || awaitingModeration() || "PUBLISHED".equals(status);
        }

        /** A change made to the published event that waits for the city's moderation. */
        public boolean changeAwaitsModeration() {
            return "PUBLISHED".equals(status) && pendingDetails != null;
        }

        public boolean published() {
            return "PUBLISHED".equals(status);
        }
    }

    /** An event's details exactly as the API takes them (the portal's view leaves out the contest's entry period). */
    public record Fields(String title, String titleEn, String kind, String description, Venue venue, Schedule schedule,
                         Integer capacity, Fee fee, Terms registration, String eligibility,
                         Boolean eligibilityDeclarationRequired, Contact contact, List<String> districts,
                         String projectCode, String url, EntryPeriod entryPeriod) {

        public Fields {
            districts = districts == null ? List.of() : List.copyOf(districts);
        }
    }

    public record EntryPeriod(String opensOn, String closesOn) {
    }

    /** The city's decision on one partner organization: trusted to publish without moderation, or not. */
    public record Publisher(String organizationId, boolean trusted, String note, String decidedByName, Instant decidedAt) {
    }
}
