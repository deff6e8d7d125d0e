package jp.kizuna.platform.web;

import jp.kizuna.platform.contracts.ProblemTypes;
import org.springframework.http.HttpStatus;

/**
 * The {@code If-Match} precondition of a write to an existing resource. Every such write needs it:
 * without it a client could overwrite a change it has never seen. A handler takes it as a parameter of
 * this type, read from the header by {@link IfMatchArgumentResolver}; {@link GuardedChange} checks it.
 */
public record IfMatch(long version) {

    /**
     * Reads a strong ETag this API issued: {@code "3.<hash>"} (as {@link RepresentationTags} sends it) or
     * {@code "3"}; the version is what a write is checked against. A missing header is 428, a malformed one
     * 400, and a weak tag ({@code W/"3"}) 412: RFC 9110 §13.1.1 compares {@code If-Match} strongly, and a weak
     * tag never matches.
     */
    public static IfMatch parse(String header) {
        if (header == null || header.isBlank()) {
            throw missing();
        }
        String tag = header.strip();
        if (tag.startsWith("W/")) {
            throw ProblemException.preconditionFailed("If-Match '" + header + "' is a weak ETag, which never matches "
                    + "(RFC 9110); send the ETag of the version you read as it was sent, a strong one.");
        }
        String version = versionOf(tag);
        if (version == null) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED_REQUEST,
                    "If-Match '" + header + "' is not an ETag this API issued; send the ETag of the version you read.");
        }
        return new IfMatch(Long.parseLong(version));
    }

    /** 428: a write to an existing resource came without {@code If-Match}. */
    public static ProblemException missing() {
        return new ProblemException(HttpStatus.PRECONDITION_REQUIRED, ProblemTypes.PRECONDITION_REQUIRED,
                "This write needs an If-Match header with the ETag of the version you read; "
                        + "GET the resource and send its ETag back.");
    }

    /**
     * The version in a strong ETag of this API ({@code "3"} or {@code "3.<hash>"}, quoted or not), or null when
     * the tag names none.
     */
    static String versionOf(String etag) {
        if (etag == null) {
            return null;
        }
        String tag = etag.strip();
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        int dot = tag.indexOf('.');
        String version = dot < 0 ? tag : tag.substring(0, dot);
        if (version.isEmpty() || version.length() > 18 || !version.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        return version;
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
