package jp.kizuna.platform.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import jp.kizuna.platform.contracts.ProblemTypes;
import org.springframework.http.HttpStatus;

/**
 * An error a use case reports to its caller. The handler turns it into a problem document with
 * this status, type and detail; the detail says what was wrong and how to put it right.
 */
public class ProblemException extends RuntimeException {

    private final HttpStatus status;
    private final URI type;
    private final Map<String, Object> properties = new LinkedHashMap<>();

    public ProblemException(HttpStatus status, URI type, String detail) {
        super(detail);
        this.status = status;
        this.type = type;
    }

    public HttpStatus status() {
        return status;
    }

    public URI type() {
        return type;
    }

    /** Members the problem document carries besides the standard ones, e.g. the resource a conflict is with. */
    public Map<String, Object> properties() {
        return Map.copyOf(properties);
    }

    /** Adds a member to the problem document (an RFC 9457 extension member). */
    public ProblemException with(String name, Object value) {
        properties.put(name, value);
        return this;
    }

    public static ProblemException notFound(String what, String id) {
        return new ProblemException(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, what + " '" + id + "' does not exist.");
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(HttpStatus.CONFLICT, ProblemTypes.CONFLICT, detail);
    }

    public static ProblemException ruleViolated(String detail) {
        return new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, ProblemTypes.RULE_VIOLATED, detail);
    }

    public static ProblemException preconditionFailed(String detail) {
        return new ProblemException(HttpStatus.PRECONDITION_FAILED, ProblemTypes.PRECONDITION_FAILED, detail);
    }
}
