package jp.kizuna.events.event;

import java.time.Instant;

/** A published event's details changed (schedule, venue, capacity, texts). Schema: docs/events.md. */
public record EventChanged(String eventId, EventSnapshot event, Instant recordedAt) implements CommunityEventEvent {
}
