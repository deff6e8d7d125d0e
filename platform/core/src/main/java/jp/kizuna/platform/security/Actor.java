package jp.kizuna.platform.security;

import java.util.Objects;

/**
 * Who did something, as the record of it keeps it: the {@code subject} that identifies the caller
 * (what authorization and "is this mine" compare) and the {@code name} people read in histories,
 * audit lists, screening and check-ins. A person's name is their display name from the token; a
 * machine caller's, the service's own jobs' and the seed datasets' name is their subject.
 *
 * <p>Records stored before display names were kept have none; they show their subject instead
 * ({@link #nameOr}).
 */
public record Actor(String subject, String name) {

    public Actor {
        Objects.requireNonNull(subject, "subject");
        name = name == null || name.isBlank() ? subject : name;
    }

    /** A caller known only by its subject: a machine client, a job of the service, a seed dataset. */
    public static Actor of(String subject) {
        return new Actor(subject, subject);
    }

    /**
     * The name a stored entry shows: its display name, or its subject when it was stored before
     * display names were kept (null only when it names nobody).
     */
    public static String nameOr(String name, String subject) {
        return name != null ? name : subject;
    }
}
