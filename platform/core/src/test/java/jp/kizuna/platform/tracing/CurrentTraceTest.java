package jp.kizuna.platform.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import jp.kizuna.platform.contracts.TraceContext;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

/** The trace a thread works for, shown in its logs while it is current. */
class CurrentTraceTest {

    @Test
    void aTraceIsCurrentAndLoggedUntilItsScopeCloses() {
        TraceContext call = TraceContext.continueOrStart(null, "npo-sync-42");

        try (CurrentTrace.Scope ignored = CurrentTrace.enter(call)) {
            assertThat(CurrentTrace.get()).contains(call);
            assertThat(MDC.get(CurrentTrace.TRACE_ID)).isEqualTo(call.traceId());
            assertThat(MDC.get(CurrentTrace.REQUEST_ID)).isEqualTo("npo-sync-42");
        }

        assertThat(CurrentTrace.get()).isEmpty();
        assertThat(MDC.get(CurrentTrace.TRACE_ID)).isNull();
        assertThat(MDC.get(CurrentTrace.REQUEST_ID)).isNull();
    }

    @Test
    void closingAnInnerScopePutsBackTheOuterTrace() {
        TraceContext outer = TraceContext.continueOrStart(null, "outer");
        TraceContext inner = TraceContext.continueOrStart(null);

        try (CurrentTrace.Scope ignored = CurrentTrace.enter(outer)) {
            try (CurrentTrace.Scope alsoIgnored = CurrentTrace.enter(inner)) {
                assertThat(MDC.get(CurrentTrace.REQUEST_ID)).isNull();
            }
            assertThat(CurrentTrace.get()).contains(outer);
            assertThat(MDC.get(CurrentTrace.REQUEST_ID)).isEqualTo("outer");
        }
    }
}
