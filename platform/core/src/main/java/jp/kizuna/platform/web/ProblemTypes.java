package jp.kizuna.platform.web;

import java.net.URI;

/** Problem type URIs (RFC 9457 {@code type}), each described in docs/api.md. */
public final class ProblemTypes {

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

    private ProblemTypes() {
    }
}
