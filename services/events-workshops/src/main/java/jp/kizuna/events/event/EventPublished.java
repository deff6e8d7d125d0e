package jp.kizuna.events.event;

import java.time.Instant;

/** An event became public: published directly or approved by a city moderator. Schema: docs/events.md. */
public record EventPublished(String eventId, EventSnapshot event, Instant recordedAt) implements CommunityEventEvent {
}
