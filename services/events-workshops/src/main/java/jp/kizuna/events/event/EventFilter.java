package jp.kizuna.events.event;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a list of events is narrowed to; every part optional. {@code from}/{@code to} are days
 * (both included); an event whose day is not decided counts as in its month. An empty item of the
 * statuses ({@code status=,}) names no status.
 */
public record EventFilter(LocalDate from, LocalDate to, String district, String organizerId, EventKind kind,
                          String seriesId, String query, Set<EventStatus> statuses) {

    public EventFilter {
        statuses = statuses == null ? null
                : statuses.stream().filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet());
    }
}
