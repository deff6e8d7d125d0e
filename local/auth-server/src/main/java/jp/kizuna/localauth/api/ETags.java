package jp.kizuna.localauth.api;

/** The {@code If-Match} of a change: {@code "3"}, {@code W/"3"} or {@code 3}. */
final class ETags {

    private ETags() {
    }

    static long parse(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequiredException();
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw new MalformedIfMatchException(ifMatch);
        }
    }

    static final class PreconditionRequiredException extends RuntimeException {
        PreconditionRequiredException() {
            super("If-Match is required");
        }
    }

    static final class MalformedIfMatchException extends RuntimeException {
        MalformedIfMatchException(String value) {
            super("If-Match '" + value + "' is not an ETag this API issued");
        }
    }
}
