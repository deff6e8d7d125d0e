package jp.kizuna.platform.contracts;

import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The identifiers a call carries through the platform: its W3C trace context ({@value #TRACEPARENT},
 * version {@code 00}: {@code 00-<32 hex trace id>-<16 hex parent id>-<2 hex flags>}) and a request id
 * ({@value #REQUEST_ID}). The gateway {@linkplain #continueOrStart continues or starts} both for every
 * call and forwards them; a service reads the {@linkplain #traceIdOf trace id} and
 * {@linkplain #requestIdOrNew request id} the same way, for a call that came another way too.
 * A trace is valid only with a non-zero trace id and parent id (W3C Trace Context); a request id is
 * kept only when it is short and plain, otherwise replaced. The identifiers are random but not secret
 * (they are logged and sent to clients), so they come from a fast generator rather than a secure one,
 * which the gateway would otherwise pay for on every call.
 *
 * @param requestId the call's request id; {@code null} for work that is not a call (a consumed record)
 */
public record TraceContext(String traceId, String parentId, String flags, String requestId) {

    public static final String TRACEPARENT = "traceparent";
    public static final String REQUEST_ID = "X-Request-Id";

    private static final Pattern TRACEPARENT_FORMAT = Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})");
    private static final Pattern REQUEST_ID_FORMAT = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final String ZERO_TRACE = "0".repeat(32);
    private static final String ZERO_PARENT = "0".repeat(16);

    /**
     * This hop's context: a valid incoming trace keeps its trace id and flags and gets a new parent id;
     * a missing or malformed one is started here (sampled).
     */
    public static TraceContext continueOrStart(String traceparent, String requestId) {
        return hop(traceparent, requestIdOrNew(requestId));
    }

    /** This hop's context, as {@link #continueOrStart(String, String)}, for work that is not a call (a consumed record): no request id. */
    public static TraceContext continueOrStart(String traceparent) {
        return hop(traceparent, null);
    }

    private static TraceContext hop(String traceparent, String requestId) {
        Matcher valid = valid(traceparent);
        if (valid != null) {
            return new TraceContext(valid.group(1), randomHex(8), valid.group(3), requestId);
        }
        return new TraceContext(randomHex(16), randomHex(8), "01", requestId);
    }

    /** The trace id of a valid {@value #TRACEPARENT} header; empty for a missing or malformed one. */
    public static Optional<String> traceIdOf(String traceparent) {
        Matcher valid = valid(traceparent);
        return valid == null ? Optional.empty() : Optional.of(valid.group(1));
    }

    /** The caller's request id when it is short and plain ({@code [A-Za-z0-9._:-]{1,64}}), else a new UUID. */
    public static String requestIdOrNew(String requestId) {
        return requestId != null && REQUEST_ID_FORMAT.matcher(requestId).matches() ? requestId : randomUuid().toString();
    }


    /** The header to send onwards: this hop as the parent. */
    public String traceparent() {
        return "00-" + traceId + "-" + parentId + "-" + flags;
    }

    private static Matcher valid(String traceparent) {
        if (traceparent == null) {
            return null;
        }
        Matcher matcher = TRACEPARENT_FORMAT.matcher(traceparent.strip());
        return matcher.matches() && !matcher.group(1).equals(ZERO_TRACE) && !matcher.group(2).equals(ZERO_PARENT)
                ? matcher : null;
    }

    private static String randomHex(int bytes) {
        byte[] value = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(value);
        return HexFormat.of().formatHex(value);
    }

    /** A version-4 UUID (RFC 9562) from the fast generator. */
    private static UUID randomUuid() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & ~(0xC0L << 56)) | (0x80L << 56);
        return new UUID(high, low);
    }
}
