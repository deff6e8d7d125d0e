package jp.kizuna.events.event;

/**
 * Draft → (awaiting moderation, for an untrusted partner's event) → published → finished, or
 * cancelled. Only published events are public and take registrations.
 */
public enum EventStatus {
    DRAFT, AWAITING_MODERATION, PUBLISHED, CANCELLED, FINISHED
}
