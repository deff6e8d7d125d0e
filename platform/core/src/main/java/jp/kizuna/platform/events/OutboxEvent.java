package jp.kizuna.platform.events;

import java.time.Instant;

/**
 * An event waiting in its aggregate's document until the broker has acknowledged it. It is written
 * in the same single-document write as the state change that raised it, so the two cannot part.
 *
 * @param eventId  CloudEvents id; consumers use it (with the sequence) to discard redeliveries
 * @param sequence position of the event in its aggregate's history, starting at 1
 * @param data     the event's JSON data, serialized when the event was raised
 * @param traceparent the W3C trace context of the work that raised it (the service's hop of a request,
 *                 or of a consumed record); {@code null} for work outside any trace and for events
 *                 written before traces were carried
 */
public record OutboxEvent(
        String eventId,
        String topic,
        String key,
        String type,
        long sequence,
        Instant time,
        String data,
        String traceparent) {

    /** An event raised outside any trace. */
    public OutboxEvent(String eventId, String topic, String key, String type, long sequence, Instant time, String data) {
        this(eventId, topic, key, type, sequence, time, data, null);
    }
}
