package jp.kizuna.events.event;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;
import jp.kizuna.platform.security.Actor;
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
                          String description, Instant createdAt,
                          @Schema(description = "Subject of who created the series: a person's account id (opaque), a machine client's id, `apikey:<key id>` for a partner's program, or the seed's id")
                          String createdBy,
                          @Schema(description = "Who created the series as people read it: the display name, or `createdBy` for a machine caller and for series created before display names were kept. Never an e-mail address.", example = "湊 健一")
                          String createdByName,
                          @Version Long version) {

    public EventSeries {
        createdByName = Actor.nameOr(createdByName, createdBy);
    }
}
