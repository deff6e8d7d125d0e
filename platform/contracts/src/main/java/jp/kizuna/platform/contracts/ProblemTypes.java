package jp.kizuna.platform.contracts;

import java.net.URI;

/**
 * Problem type URIs (RFC 9457 {@code type}), each described in docs/api.md: the services' and the
 * gateway's, so a client reads one catalogue whichever of the two answered.
 */
public final class ProblemTypes {

    /** What every type starts with; the gateway names a status outside the catalogue with it too. */
    public static final String PREFIX = "urn:kizuna:problem:";

    public static final URI VALIDATION_FAILED = URI.create("urn:kizuna:problem:validation-failed");
    public static final URI MALFORMED_REQUEST = URI.create("urn:kizuna:problem:malformed-request");
    public static final URI NOT_FOUND = URI.create("urn:kizuna:problem:not-found");
    public static final URI CONFLICT = URI.create("urn:kizuna:problem:conflict");
    public static final URI PRECONDITION_FAILED = URI.create("urn:kizuna:problem:precondition-failed");
    public static final URI PRECONDITION_REQUIRED = URI.create("urn:kizuna:problem:precondition-required");
    public static final URI RULE_VIOLATED = URI.create("urn:kizuna:problem:rule-violated");
    public static final URI UNAUTHORIZED = URI.create("urn:kizuna:problem:unauthorized");
    public static final URI FORBIDDEN = URI.create("urn:kizuna:problem:forbidden");
    public static final URI INTERNAL_ERROR = URI.create("urn:kizuna:problem:internal-error");
    public static final URI METHOD_NOT_ALLOWED = URI.create("urn:kizuna:problem:method-not-allowed");
    public static final URI NOT_ACCEPTABLE = URI.create("urn:kizuna:problem:not-acceptable");
    public static final URI UNSUPPORTED_MEDIA_TYPE = URI.create("urn:kizuna:problem:unsupported-media-type");
    public static final URI PAYLOAD_TOO_LARGE = URI.create("urn:kizuna:problem:payload-too-large");
    public static final URI URI_TOO_LONG = URI.create("urn:kizuna:problem:uri-too-long");
    public static final URI HEADERS_TOO_LARGE = URI.create("urn:kizuna:problem:headers-too-large");
    /** A stored record the service cannot read back (see docs/operations.md for its repair). */
    public static final URI UNREADABLE_RECORD = URI.create("urn:kizuna:problem:unreadable-record");

    /** The gateway's own: a browser call from an origin the city has not allowed. */
    public static final URI ORIGIN_NOT_ALLOWED = URI.create("urn:kizuna:problem:origin-not-allowed");
    /** The gateway's own: too many calls in the window. */
    public static final URI RATE_LIMITED = URI.create("urn:kizuna:problem:rate-limited");
    /** The gateway's own: the service (or what the gateway needs to answer) is unreachable. */
    public static final URI SERVICE_UNAVAILABLE = URI.create("urn:kizuna:problem:service-unavailable");
    /** The gateway's own: the service did not answer in time. */
    public static final URI SERVICE_TIMEOUT = URI.create("urn:kizuna:problem:service-timeout");

    private ProblemTypes() {
    }

    /** The type of a problem known only by its status (a framework's or the servlet container's error). */
    public static URI forStatus(int status) {
        return switch (status) {
            case 400 -> MALFORMED_REQUEST;
            case 401 -> UNAUTHORIZED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 409 -> CONFLICT;
            case 412 -> PRECONDITION_FAILED;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 414 -> URI_TOO_LONG;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 422 -> RULE_VIOLATED;
            case 428 -> PRECONDITION_REQUIRED;
            case 431 -> HEADERS_TOO_LARGE;
            default -> status >= 500 ? INTERNAL_ERROR : MALFORMED_REQUEST;
        };
    }
}
