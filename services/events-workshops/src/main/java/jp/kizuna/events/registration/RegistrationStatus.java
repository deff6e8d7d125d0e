package jp.kizuna.events.registration;

/**
 * REQUESTED only while a sign-up is being placed (a seat or the waitlist); then CONFIRMED or
 * WAITLISTED, a waitlisted one CONFIRMED when promoted; CANCELLED by the person, the organizer or
 * with the event.
 */
public enum RegistrationStatus {
    REQUESTED, CONFIRMED, WAITLISTED, CANCELLED;

    public boolean active() {
        return this != CANCELLED;
    }
}
