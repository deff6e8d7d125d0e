package jp.kizuna.events.organizer;

import java.util.List;

/**
 * What the events service knows of a registered organization, from the registry's events: enough to
 * name an event's organizer, place it in its districts and decide whether it may publish.
 */
public record Organizer(String id, String name, String kind, String status, List<String> districts) {

    public Organizer {
        districts = districts == null ? List.of() : List.copyOf(districts);
    }

    public boolean active() {
        return "ACTIVE".equals(status);
    }
}
