package jp.kizuna.platform.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.kizuna.platform.contracts.TraceContext;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts the call's W3C trace id and request id (set by the gateway, or made here for a call that came
 * another way) into the logging context ({@code traceId}, {@code requestId}; the log pattern shows
 * them) and returns the request id to the caller, so one call can be followed through the gateway's
 * and the service's logs. Both headers are read as the gateway writes them ({@link TraceContext}).
 */
public class RequestCorrelationFilter extends OncePerRequestFilter {

    public static final String TRACE_ID = "traceId";
    public static final String REQUEST_ID = "requestId";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String requestId = TraceContext.requestIdOrNew(request.getHeader(TraceContext.REQUEST_ID));
        MDC.put(REQUEST_ID, requestId);
        TraceContext.traceIdOf(request.getHeader(TraceContext.TRACEPARENT)).ifPresent(traceId -> MDC.put(TRACE_ID, traceId));
        response.setHeader(TraceContext.REQUEST_ID, requestId);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(REQUEST_ID);
            MDC.remove(TRACE_ID);
        }
    }
}
