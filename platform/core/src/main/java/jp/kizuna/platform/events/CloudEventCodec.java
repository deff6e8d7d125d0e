package jp.kizuna.platform.events;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import jp.kizuna.platform.contracts.TraceContext;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.cloudevents.rw.CloudEventRWException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Encodes outbox events as CloudEvents 1.0 in the Kafka protocol binding's binary mode (attributes
 * in {@code ce_*} headers, JSON data as the record value) and decodes them on the consumer side.
 *
 * <p>An event raised within a trace carries it in the CloudEvents distributed-tracing extension
 * ({@code traceparent}, so a {@value #TRACEPARENT_HEADER} header) and, for Kafka tools and tracing
 * libraries that read the W3C header itself, in a plain {@value TraceContext#TRACEPARENT} header too.
 */
public final class CloudEventCodec {

    /** CloudEvents extension attribute carrying {@link OutboxEvent#sequence()}. */
    public static final String SEQUENCE_EXTENSION = "sequence";
    /** CloudEvents distributed-tracing extension attribute carrying the W3C trace context. */
    public static final String TRACEPARENT_EXTENSION = "traceparent";
    /** The Kafka header the binary mode writes the {@value #TRACEPARENT_EXTENSION} attribute to. */
    public static final String TRACEPARENT_HEADER = "ce_traceparent";

    private final URI source;

    public CloudEventCodec(URI source) {
        this.source = source;
    }

    public URI source() {
        return source;
    }

    public ProducerRecord<String, byte[]> encode(OutboxEvent event) {
        CloudEventBuilder builder = CloudEventBuilder.v1()
                .withId(event.eventId())
                .withType(event.type())
                .withSource(source)
                .withSubject(event.key())
                .withTime(OffsetDateTime.ofInstant(event.time(), ZoneOffset.UTC))
                .withDataContentType("application/json")
                .withExtension(SEQUENCE_EXTENSION, Long.toString(event.sequence()))
                .withData(event.data().getBytes(StandardCharsets.UTF_8));
        if (event.traceparent() != null) {
            builder.withExtension(TRACEPARENT_EXTENSION, event.traceparent());
        }
        ProducerRecord<String, byte[]> record = KafkaMessageFactory.createWriter(event.topic(), event.key())
                .writeBinary(builder.build());
        if (event.traceparent() != null) {
            record.headers().add(TraceContext.TRACEPARENT, event.traceparent().getBytes(StandardCharsets.US_ASCII));
        }
        return record;
    }

    public static ReceivedEvent decode(ConsumerRecord<?, byte[]> record) {
        CloudEvent event;
        try {
            event = KafkaMessageFactory.createReader(record).toEvent();
        } catch (CloudEventRWException | IllegalStateException e) {
            throw new MalformedEventException("record at " + record.topic() + "-" + record.partition() + "@"
                    + record.offset() + " is not a CloudEvent: " + e.getMessage(), e);
        }
        Object sequence = event.getExtension(SEQUENCE_EXTENSION);
        if (sequence == null || event.getData() == null || event.getTime() == null) {
            throw new MalformedEventException("CloudEvent " + event.getId() + " lacks its sequence, time or data");
        }
        long parsedSequence;
        try {
            parsedSequence = Long.parseLong(sequence.toString());
        } catch (NumberFormatException e) {
            throw new MalformedEventException("CloudEvent " + event.getId() + " has a non-numeric sequence", e);
        }
        return new ReceivedEvent(event.getId(), event.getType(), event.getSource().toString(), event.getSubject(),
                parsedSequence, event.getTime().toInstant(), event.getData().toBytes());
    }
}
