package jp.kizuna.events.event;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A series of sessions under one title, such as the 一箕地区まちづくりワークショップ: five evenings,
 * each an event of its own with its day, deadline and attendance. People register for the whole
 * series or for single sessions.
 */
@Document("event_series")
public record EventSeries(@Id String id, String organizerId, String organizerName, String title, String titleEn,
                          String description, Instant createdAt, String createdBy, @Version Long version) {
}
