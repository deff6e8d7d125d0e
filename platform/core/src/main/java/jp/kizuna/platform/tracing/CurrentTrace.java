package jp.kizuna.platform.tracing;

import java.util.Optional;

import jp.kizuna.platform.contracts.TraceContext;
import org.slf4j.MDC;

/**
 * The trace the current thread works for: a request the service answers, or a Kafka record it
 * consumes. It is entered where the work starts ({@link jp.kizuna.platform.web.RequestCorrelationFilter}
 * for a request, {@link TracedRecords} for a record) and read where the work hands on to another
 * process: the outbox writes it into every event the work raises, so a consumer continues the same
 * trace. While it is current its trace id and request id are in the logging context ({@value #TRACE_ID},
 * {@value #REQUEST_ID}; the log pattern shows them).
 */
public final class CurrentTrace {

    /** The logging context's key for the W3C trace id. */
    public static final String TRACE_ID = "traceId";
    /** The logging context's key for the request id (absent for a consumed record). */
    public static final String REQUEST_ID = "requestId";

    private static final ThreadLocal<TraceContext> CURRENT = new ThreadLocal<>();

    private CurrentTrace() {
    }

    /** The trace of the work this thread is doing; empty outside a request or a consumed record. */
    public static Optional<TraceContext> get() {
        return Optional.ofNullable(CURRENT.get());
    }

    /**
     * Makes {@code trace} current on this thread until the returned scope is closed, which puts back
     * what was current before (nothing, for the outermost scope).
     */
    public static Scope enter(TraceContext trace) {
        TraceContext previous = CURRENT.get();
        show(trace);
        return () -> show(previous);
    }

    private static void show(TraceContext trace) {
        if (trace == null) {
            CURRENT.remove();
            MDC.remove(TRACE_ID);
            MDC.remove(REQUEST_ID);
            return;
        }
        CURRENT.set(trace);
        MDC.put(TRACE_ID, trace.traceId());
        if (trace.requestId() == null) {
            MDC.remove(REQUEST_ID);
        } else {
            MDC.put(REQUEST_ID, trace.requestId());
        }
    }

    /** The time a trace is current; closing it never fails. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {

        @Override
        void close();
    }
}
