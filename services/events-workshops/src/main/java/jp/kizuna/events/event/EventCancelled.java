package jp.kizuna.events.event;

import java.time.Instant;

/** A public event was cancelled; every registration is cancelled with it, each with its own event. Schema: docs/events.md. */
public record EventCancelled(String eventId, EventSnapshot event, String reason, Instant recordedAt) implements CommunityEventEvent {
}
