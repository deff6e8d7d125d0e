package jp.kizuna.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;

import jp.kizuna.platform.contracts.TraceContext;
import jp.kizuna.platform.tracing.CurrentTrace;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** A call's trace is current while the service answers it, with the service's hop as the parent. */
class RequestCorrelationFilterTest {

    final RequestCorrelationFilter filter = new RequestCorrelationFilter();

    @Test
    void theGatewaysTraceIsContinuedWhileTheCallIsAnsweredAndGoneAfterIt() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/registry/organizations");
        request.addHeader("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
        request.addHeader("X-Request-Id", "npo-sync-42");
        MockHttpServletResponse response = new MockHttpServletResponse();
        AtomicReference<TraceContext> during = new AtomicReference<>();
        AtomicReference<String> logged = new AtomicReference<>();

        filter.doFilter(request, response, (req, res) -> {
            during.set(CurrentTrace.get().orElseThrow());
            logged.set(MDC.get(CurrentTrace.TRACE_ID) + " " + MDC.get(CurrentTrace.REQUEST_ID));
        });

        assertThat(during.get().traceId()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
        assertThat(during.get().parentId()).isNotEqualTo("00f067aa0ba902b7");
        assertThat(logged.get()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736 npo-sync-42");
        assertThat(response.getHeader("X-Request-Id")).isEqualTo("npo-sync-42");
        assertThat(CurrentTrace.get()).isEmpty();
        assertThat(MDC.get(CurrentTrace.TRACE_ID)).isNull();
    }

    @Test
    void aCallThatCameWithoutATraceStartsOne() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        AtomicReference<TraceContext> during = new AtomicReference<>();

        filter.doFilter(new MockHttpServletRequest("GET", "/api/registry/organizations"), response,
                (req, res) -> during.set(CurrentTrace.get().orElseThrow()));

        assertThat(during.get().traceparent()).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
        assertThat(response.getHeader("X-Request-Id")).isEqualTo(during.get().requestId());
    }
}
