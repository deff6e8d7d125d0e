package jp.kizuna.events.attendance;

import java.time.Instant;

/** A registered person who came, checked in by staff or the organizer. */
public record CheckIn(String registrationId, String name, Instant at, String by) {
}
