package jp.kizuna.web.api;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnySetter;

/**
 * An RFC 9457 problem the API answered, as far as a page needs it: its type (what kind of refusal), the
 * service's explanation, the fields it names and any extension members (the current state on a conflict).
 */
public record ProblemDocument(String type, String title, int status, String detail, List<FieldError> errors,
                              Map<String, Object> extensions) {

    public record FieldError(String field, String message) {
    }

    public ProblemDocument {
        errors = errors == null ? List.of() : List.copyOf(errors);
        extensions = extensions == null ? Map.of() : Map.copyOf(extensions);
    }

    /** The service's stable reason for a refusal ({@code registration-closed}, {@code duplicate-entry}), if it gave one. */
    public String reason() {
        return extensions.get("reason") instanceof String reason ? reason : null;
    }

    /** The last part of the type: {@code urn:kizuna:problem:conflict} → {@code conflict}. */
    public String kind() {
        if (type == null || type.isBlank()) {
            return "unknown";
        }
        int colon = type.lastIndexOf(':');
        return colon >= 0 ? type.substring(colon + 1) : type;
    }
}
