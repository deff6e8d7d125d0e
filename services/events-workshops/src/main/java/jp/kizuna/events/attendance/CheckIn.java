package jp.kizuna.events.attendance;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;
import jp.kizuna.platform.security.Actor;

/**
 * A registered person who came, checked in by staff or the organizer.
 *
 * @param by     the subject of who checked them in
 * @param byName whom people see: the display name, or {@code by} (also for check-ins kept before display names were)
 */
public record CheckIn(String registrationId, String name, Instant at,
                      @Schema(description = "Subject of who checked the person in: a person's account id (opaque), a machine client's id, or `apikey:<key id>`")
                      String by,
                      @Schema(description = "Who checked the person in as people read it: the display name, or `by` for a machine caller and for check-ins made before display names were kept. Never an e-mail address.", example = "滝沢 みどり")
                      String byName) {

    public CheckIn {
        byName = Actor.nameOr(byName, by);
    }

    static CheckIn of(String registrationId, String name, Instant at, Actor by) {
        return new CheckIn(registrationId, name, at, by.subject(), by.name());
    }
}
