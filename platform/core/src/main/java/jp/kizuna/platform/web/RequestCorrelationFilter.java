package jp.kizuna.platform.web;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts the call's W3C trace id and request id (set by the gateway, or made here for a call that came
 * another way) into the logging context ({@code traceId}, {@code requestId}; the log pattern shows
 * them) and returns the request id to the caller, so one call can be followed through the gateway's
 * and the service's logs.
 */
public class RequestCorrelationFilter extends OncePerRequestFilter {

    public static final String TRACE_ID = "traceId";
    public static final String REQUEST_ID = "requestId";

    private static final Pattern TRACEPARENT = Pattern.compile("00-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}");
    private static final Pattern REQUEST_ID_FORMAT = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String requestId = request.getHeader("X-Request-Id");
        if (requestId == null || !REQUEST_ID_FORMAT.matcher(requestId).matches()) {
            requestId = UUID.randomUUID().toString();
        }
        String traceparent = request.getHeader("traceparent");
        Matcher trace = traceparent == null ? null : TRACEPARENT.matcher(traceparent);
        MDC.put(REQUEST_ID, requestId);
        if (trace != null && trace.matches()) {
            MDC.put(TRACE_ID, trace.group(1));
        }
        response.setHeader("X-Request-Id", requestId);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(REQUEST_ID);
            MDC.remove(TRACE_ID);
        }
    }
}
