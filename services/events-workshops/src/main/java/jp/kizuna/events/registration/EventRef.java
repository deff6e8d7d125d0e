package jp.kizuna.events.registration;

import java.time.Instant;

/** Which event a registration is for, as it was announced when the person signed up. */
public record EventRef(String eventId, String seriesId, String title, Instant startsAt, String scheduleLabel,
                       String organizerId) {
}
