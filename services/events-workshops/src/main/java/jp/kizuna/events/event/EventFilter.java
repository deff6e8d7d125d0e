package jp.kizuna.events.event;

import java.time.LocalDate;
import java.util.Set;

/**
 * What a list of events is narrowed to; every part optional. {@code from}/{@code to} are days
 * (both included); an event whose day is not decided counts as in its month.
 */
public record EventFilter(LocalDate from, LocalDate to, String district, String organizerId, EventKind kind,
                          String seriesId, String query, Set<EventStatus> statuses) {
}
