package jp.kizuna.events.event;

import java.time.Instant;

/** One step of an event's life: who moved it, when and why. */
public record StatusChange(EventStatus from, EventStatus to, Instant at, String by, String note) {
}
