package jp.kizuna.platform.web;

import java.net.URI;

import org.springframework.http.HttpStatus;

/**
 * An error a use case reports to its caller. The handler turns it into a problem document with
 * this status, type and detail; the detail says what was wrong and how to put it right.
 */
public class ProblemException extends RuntimeException {

    private final HttpStatus status;
    private final URI type;

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
