package jp.kizuna.platform.events;

import java.time.Instant;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A CloudEvent as a consumer sees it, decoded from a Kafka record.
 *
 * @param subject  the aggregate id (also the record key)
 * @param sequence the aggregate's event sequence; consumers apply an event only when it is newer
 *                 than what they already applied for that aggregate
 */
public record ReceivedEvent(
        String id,
        String type,
        String source,
        String subject,
        long sequence,
        Instant time,
        byte[] data) {

    /** Reads the JSON data into the consumer's own view of the payload (a tolerant reader). */
    public <T> T dataAs(Class<T> type, JsonMapper json) {
        try {
            return json.readValue(data, type);
        } catch (JacksonException e) {
            throw new MalformedEventException("event " + id + " of type " + this.type
                    + " has data that does not fit " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }
}
