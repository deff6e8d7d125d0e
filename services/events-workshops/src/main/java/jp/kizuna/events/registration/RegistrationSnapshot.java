package jp.kizuna.events.registration;

import java.time.OffsetDateTime;

/**
 * The state of a registration that its events carry: enough for a notifier to tell the person
 * (contact details stay in the events service; {@code subject} is the person's account, when they
 * registered online).
 */
public record RegistrationSnapshot(String id, String eventId, String seriesId, String eventTitle, OffsetDateTime eventStartsAt,
                                   String scheduleLabel, String organizerId, String subject, Channel channel,
                                   RegistrationStatus status, long ticket, boolean promoted) {
}
