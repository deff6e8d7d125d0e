package jp.kizuna.platform.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.kizuna.platform.contracts.TraceContext;
import jp.kizuna.platform.tracing.CurrentTrace;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Makes the call's trace current ({@link CurrentTrace}: its W3C trace context and request id, set by the
 * gateway, or started here for a call that came another way) with this service's hop as the parent, and
 * returns the request id to the caller, so one call can be followed through the gateway's and the
 * service's logs and, through the events its writes raise, into the consumers'. Both headers are read
 * as the gateway writes them ({@link TraceContext}).
 */
public class RequestCorrelationFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        TraceContext trace = TraceContext.continueOrStart(request.getHeader(TraceContext.TRACEPARENT),
                request.getHeader(TraceContext.REQUEST_ID));
        response.setHeader(TraceContext.REQUEST_ID, trace.requestId());
        try (CurrentTrace.Scope ignored = CurrentTrace.enter(trace)) {
            chain.doFilter(request, response);
        }
    }
}
