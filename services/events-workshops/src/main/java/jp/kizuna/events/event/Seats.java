package jp.kizuna.events.event;

/**
 * What the event lifecycle needs from registration, without knowing it: opening an event's seats,
 * changing their number, and cancelling every registration with the event. Implemented by the
 * registration feature.
 */
public interface Seats {

    void open(String eventId, Integer capacity);

    /** @return false when fewer seats are asked for than are already confirmed */
    boolean resize(String eventId, Integer capacity);

    /** Stops sign-ups and cancels every active registration, each with its own event. */
    void cancelAll(String eventId, String reason, String by);

    /** Confirmed, waitlisted and free seats, for the event's page. */
    Occupancy occupancy(String eventId);

    record Occupancy(Integer capacity, int confirmed, int waitlisted, Integer seatsLeft) {
    }
}
