package jp.kizuna.platform.tracing;

import java.nio.charset.StandardCharsets;

import jp.kizuna.platform.contracts.TraceContext;
import jp.kizuna.platform.events.CloudEventCodec;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.springframework.kafka.listener.RecordInterceptor;

/**
 * Continues, for every record a listener of the service consumes, the trace of the request whose
 * write raised the event: the record's {@value TraceContext#TRACEPARENT} header (the CloudEvents
 * distributed-tracing extension, see {@link CloudEventCodec}) becomes the {@link CurrentTrace} while the
 * listener handles it, so its logs carry the request's trace id and the events it raises in turn carry
 * the trace onwards. A record without a valid trace context (published before traces were carried, or
 * by another producer) starts a trace of its own.
 */
public class TracedRecords implements RecordInterceptor<Object, Object> {

    private static final ThreadLocal<CurrentTrace.Scope> SCOPES = new ThreadLocal<>();

    @Override
    public ConsumerRecord<Object, Object> intercept(ConsumerRecord<Object, Object> record,
                                                    Consumer<Object, Object> consumer) {
        leave();
        SCOPES.set(CurrentTrace.enter(TraceContext.continueOrStart(traceparentOf(record))));
        return record;
    }

    @Override
    public void afterRecord(ConsumerRecord<Object, Object> record, Consumer<Object, Object> consumer) {
        leave();
    }

    @Override
    public void clearThreadState(Consumer<?, ?> consumer) {
        leave();
    }

    /** The record's trace context: the plain W3C header, or the CloudEvents attribute in binary mode. */
    static String traceparentOf(ConsumerRecord<?, ?> record) {
        Header header = record.headers().lastHeader(TraceContext.TRACEPARENT);
        if (header == null) {
            header = record.headers().lastHeader(CloudEventCodec.TRACEPARENT_HEADER);
        }
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.US_ASCII);
    }

    private static void leave() {
        CurrentTrace.Scope scope = SCOPES.get();
        if (scope != null) {
            SCOPES.remove();
            scope.close();
        }
    }
}
