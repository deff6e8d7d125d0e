package jp.kizuna.localauth.api;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jp.kizuna.localauth.account.AccountChangedException;
import jp.kizuna.localauth.account.AccountNotFoundException;
import jp.kizuna.localauth.account.InvalidInputException;
import jp.kizuna.localauth.account.OrganizationDirectoryUnavailableException;
import jp.kizuna.localauth.api.AccountViews.AccountSummary;
import jp.kizuna.localauth.web.FieldMessages;
import jp.kizuna.platform.contracts.ProblemTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The account API's errors as RFC 9457 problem documents, with the same problem types as the services
 * (docs/api.md). Field messages follow the caller's {@code Accept-Language} (English without one).
 */
@RestControllerAdvice(assignableTypes = AccountApi.class)
class AccountApiProblems {

    private static final Logger log = LoggerFactory.getLogger(AccountApiProblems.class);

    record Error(String field, String message) {
    }

    private final FieldMessages messages;

    AccountApiProblems(FieldMessages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidInputException e, HttpServletRequest request) {
        Locale locale = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null ? Locale.ENGLISH
                : (request.getLocale().getLanguage().equals("ja") ? Locale.JAPANESE : Locale.ENGLISH);
        Map<String, String> byField = messages.of(e.problems(), locale);
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION_FAILED,
                "Nothing was changed: " + String.join(" ", byField.values()));
        problem.setProperty("errors", byField.entrySet().stream().map(field -> new Error(field.getKey(), field.getValue())).toList());
        return respond(problem);
    }

    @ExceptionHandler(AccountNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(AccountNotFoundException e) {
        return respond(problem(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "There is no such account."));
    }

    @ExceptionHandler(AccountChangedException.class)
    ResponseEntity<ProblemDetail> changed(AccountChangedException e) {
        ProblemDetail problem = problem(HttpStatus.PRECONDITION_FAILED, ProblemTypes.PRECONDITION_FAILED,
                "The account was changed since you read it (If-Match is out of date); nothing was changed. "
                        + "Its current state is in 'current'; send its ETag to try again.");
        problem.setProperty("current", AccountSummary.of(e.current()));
        return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED).eTag("\"" + e.current().version() + "\"").body(problem);
    }

    @ExceptionHandler(ETags.PreconditionRequiredException.class)
    ResponseEntity<ProblemDetail> preconditionRequired() {
        return respond(problem(HttpStatus.PRECONDITION_REQUIRED, ProblemTypes.PRECONDITION_REQUIRED,
                "This change needs an If-Match header with the ETag of the account you read; GET it and send its ETag back."));
    }

    @ExceptionHandler({ETags.MalformedIfMatchException.class, HttpMessageNotReadableException.class})
    ResponseEntity<ProblemDetail> malformed(Exception e) {
        String detail = e instanceof ETags.MalformedIfMatchException ? e.getMessage() + "; send the ETag of the version you read."
                : "The request body is not the JSON this operation takes; see the API document.";
        return respond(problem(HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED_REQUEST, detail));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> unsupportedMediaType() {
        return respond(problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, ProblemTypes.MALFORMED_REQUEST, "Send the body as application/json."));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> methodNotAllowed(HttpRequestMethodNotSupportedException e) {
        ProblemDetail problem = problem(HttpStatus.METHOD_NOT_ALLOWED, ProblemTypes.MALFORMED_REQUEST,
                "This address does not take " + e.getMethod() + ".");
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED)
                .allow(e.getSupportedHttpMethods() == null ? new org.springframework.http.HttpMethod[0]
                        : e.getSupportedHttpMethods().toArray(org.springframework.http.HttpMethod[]::new))
                .body(problem);
    }

    @ExceptionHandler(OrganizationDirectoryUnavailableException.class)
    ResponseEntity<ProblemDetail> registerUnavailable(OrganizationDirectoryUnavailableException e) {
        log.warn("cannot check an organization in the register: {}", e.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "10")
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.SERVICE_UNAVAILABLE,
                        "The register of organizations cannot be asked right now, so the officer's organization "
                                + "cannot be checked; nothing was changed. Try again in a moment."));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        String reference = UUID.randomUUID().toString();
        log.error("unexpected error in the account API, reference {}", reference, e);
        ProblemDetail problem = problem(HttpStatus.INTERNAL_SERVER_ERROR, ProblemTypes.INTERNAL_ERROR,
                "Something went wrong on our side; quote reference " + reference + " when you report it.");
        return respond(problem);
    }

    private static ProblemDetail problem(HttpStatus status, URI type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(status.getReasonPhrase());
        return problem;
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }
}
