package jp.kizuna.platform.web;

import org.springframework.http.HttpStatus;

/**
 * The {@code If-Match} precondition of a write to an existing resource. Every such write needs it:
 * without it a client could overwrite a change it has never seen.
 */
public record IfMatch(long version) {

    /** Reads {@code "3"}, {@code W/"3"} or {@code 3}; a missing header is 428, a malformed one 400. */
    public static IfMatch parse(String header) {
        if (header == null || header.isBlank()) {
            throw new ProblemException(HttpStatus.PRECONDITION_REQUIRED, ProblemTypes.PRECONDITION_REQUIRED,
                    "This write needs an If-Match header with the ETag of the version you read; "
                            + "GET the resource and send its ETag back.");
        }
        String tag = header.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        try {
            return new IfMatch(Long.parseLong(tag));
        } catch (NumberFormatException e) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED_REQUEST,
                    "If-Match '" + header + "' is not an ETag this API issued; send the ETag of the version you read.");
        }
    }

    /** Fails with 412 when the resource has moved on since the client read it. */
    public void check(Long currentVersion) {
        if (currentVersion == null || currentVersion != version) {
            throw stale();
        }
    }

    public static ProblemException stale() {
        return ProblemException.preconditionFailed("The resource was changed since you read it (If-Match is out of date). "
                + "GET it again, re-apply your change and send the new ETag.");
    }

    /** The ETag value for a version, as sent in the {@code ETag} header. */
    public static String etag(Long version) {
        return "\"" + (version == null ? 0 : version) + "\"";
    }
}
