package jp.kizuna.platform.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

import jp.kizuna.platform.contracts.TraceContext;
import jp.kizuna.platform.events.CloudEventCodec;
import jp.kizuna.platform.events.OutboxEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

/** A consumed record continues the trace of the request whose write raised its event. */
class TracedRecordsTest {

    static final String TOPIC = "kizuna.registry.organization.v1";
    static final String REQUEST_TRACE = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    final TracedRecords interceptor = new TracedRecords();

    @AfterEach
    void nothingStaysCurrent() {
        interceptor.clearThreadState(null);
    }

    static ConsumerRecord<Object, Object> consumed(ProducerRecord<String, byte[]> produced) {
        return new ConsumerRecord<>(TOPIC, 0, 7, ConsumerRecord.NO_TIMESTAMP, TimestampType.NO_TIMESTAMP_TYPE, -1, -1,
                produced.key(), produced.value(), produced.headers(), Optional.empty());
    }

    static ProducerRecord<String, byte[]> encoded(String traceparent) {
        return new CloudEventCodec(URI.create("/kizuna/organization-registry")).encode(new OutboxEvent("ev-1", TOPIC,
                "org-1", "jp.kizuna.registry.organization.registered.v1", 1, Instant.parse("2026-04-01T00:00:00Z"),
                "{}", traceparent));
    }

    @Test
    void anEventRaisedWithinATraceCarriesItAsTheCloudEventsExtensionAndTheW3cHeader() {
        ProducerRecord<String, byte[]> record = encoded(REQUEST_TRACE);

        assertThat(new String(record.headers().lastHeader("ce_traceparent").value(), StandardCharsets.US_ASCII))
                .isEqualTo(REQUEST_TRACE);
        assertThat(new String(record.headers().lastHeader("traceparent").value(), StandardCharsets.US_ASCII))
                .isEqualTo(REQUEST_TRACE);
    }

    @Test
    void anEventRaisedOutsideATraceCarriesNone() {
        ProducerRecord<String, byte[]> record = encoded(null);

        assertThat(record.headers().lastHeader("ce_traceparent")).isNull();
        assertThat(record.headers().lastHeader("traceparent")).isNull();
    }

    @Test
    void whileAListenerHandlesARecordTheRequestsTraceIsCurrentWithTheConsumerAsTheNewParent() {
        interceptor.intercept(consumed(encoded(REQUEST_TRACE)), null);

        TraceContext current = CurrentTrace.get().orElseThrow();
        assertThat(current.traceId()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
        assertThat(current.parentId()).isNotEqualTo("00f067aa0ba902b7");
        assertThat(current.requestId()).isNull();
        assertThat(MDC.get(CurrentTrace.TRACE_ID)).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
        assertThat(MDC.get(CurrentTrace.REQUEST_ID)).isNull();
    }

    @Test
    void afterTheRecordNoTraceIsCurrent() {
        ConsumerRecord<Object, Object> record = consumed(encoded(REQUEST_TRACE));
        interceptor.intercept(record, null);

        interceptor.afterRecord(record, null);

        assertThat(CurrentTrace.get()).isEmpty();
        assertThat(MDC.get(CurrentTrace.TRACE_ID)).isNull();
    }

    @Test
    void theCloudEventsAttributeAloneIsEnough() {
        ProducerRecord<String, byte[]> produced = encoded(REQUEST_TRACE);
        RecordHeaders onlyCloudEvents = new RecordHeaders(produced.headers().toArray());
        onlyCloudEvents.remove("traceparent");

        interceptor.intercept(consumed(new ProducerRecord<>(TOPIC, null, produced.key(), produced.value(),
                onlyCloudEvents)), null);

        assertThat(CurrentTrace.get().orElseThrow().traceId()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
    }

    @Test
    void aRecordWithoutAValidTraceStartsOneOfItsOwnForEachRecord() {
        interceptor.intercept(consumed(encoded(null)), null);
        String first = CurrentTrace.get().orElseThrow().traceId();
        interceptor.intercept(consumed(encoded("00-not-a-trace-01")), null);

        assertThat(CurrentTrace.get().orElseThrow().traceId()).matches("[0-9a-f]{32}").isNotEqualTo(first);
    }
}
