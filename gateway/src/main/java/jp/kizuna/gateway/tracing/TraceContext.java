package jp.kizuna.gateway.tracing;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The identifiers a call carries through the platform: its W3C trace context ({@code traceparent})
 * and a request id ({@code X-Request-Id}). A valid incoming trace keeps its trace id and gets a new
 * parent id for the gateway's hop; a missing or malformed one is started here. A client's request id
 * is kept when it is short and plain, otherwise replaced.
 */
public record TraceContext(String traceId, String parentId, String flags, String requestId) {

    public static final String TRACEPARENT = "traceparent";
    public static final String REQUEST_ID = "X-Request-Id";

    private static final Pattern TRACEPARENT_FORMAT = Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})");
    private static final Pattern REQUEST_ID_FORMAT = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final String ZERO_TRACE = "0".repeat(32);
    private static final SecureRandom RANDOM = new SecureRandom();

    public static TraceContext continueOrStart(String traceparent, String requestId) {
        String id = requestId != null && REQUEST_ID_FORMAT.matcher(requestId).matches() ? requestId : UUID.randomUUID().toString();
        if (traceparent != null) {
            var matcher = TRACEPARENT_FORMAT.matcher(traceparent.strip());
            if (matcher.matches() && !matcher.group(1).equals(ZERO_TRACE) && !matcher.group(2).equals("0".repeat(16))) {
                return new TraceContext(matcher.group(1), randomHex(8), matcher.group(3), id);
            }
        }
        return new TraceContext(randomHex(16), randomHex(8), "01", id);
    }

    /** The header to send onwards: this hop as the parent. */
    public String traceparent() {
        return "00-" + traceId + "-" + parentId + "-" + flags;
    }

    private static String randomHex(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return HexFormat.of().formatHex(value);
    }
}
