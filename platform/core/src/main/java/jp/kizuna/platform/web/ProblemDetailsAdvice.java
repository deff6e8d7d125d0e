package jp.kizuna.platform.web;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * The one place where a service's errors become RFC 9457 problem documents. Framework errors
 * (404 for unknown paths, 405, 415, malformed JSON, validation) come through the base class;
 * use-case errors come as {@link ProblemException}. Nothing here ever writes a stack trace.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<ProblemDetail> handleProblem(ProblemException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
        problem.setType(e.type());
        problem.setTitle(e.status().getReasonPhrase());
        e.properties().forEach(problem::setProperty);
        return ResponseEntity.status(e.status()).body(problem);
    }

    /**
     * Another writer saved the resource between this request's read and its save. A request that
     * named the version it read ({@code If-Match}) gets 412, exactly as if its If-Match had been
     * stale from the start; any other gets 409.
     */
    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> handleConcurrentUpdate(OptimisticLockingFailureException e, WebRequest request) {
        if (request.getHeader(HttpHeaders.IF_MATCH) != null) {
            return handleProblem(IfMatch.stale());
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "The resource was changed by someone else while this request was processed. "
                        + "Read it again and repeat the change.");
        problem.setType(ProblemTypes.CONFLICT);
        problem.setTitle("Concurrent update");
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> handleAccessDenied(AccessDeniedException e) {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        boolean anonymous = caller == null || caller instanceof AnonymousAuthenticationToken;
        ProblemDetail problem = anonymous ? SecurityProblems.unauthorized("This operation needs a bearer token.")
                : SecurityProblems.forbidden("Your role does not allow this operation on this resource.");
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> handleUnexpected(Exception e) {
        String reference = UUID.randomUUID().toString();
        log.error("Unexpected error, reference {}", reference, e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "An unexpected error occurred. Nothing was changed by this request unless it says otherwise; "
                        + "quote reference " + reference + " when reporting it.");
        problem.setType(ProblemTypes.INTERNAL_ERROR);
        problem.setTitle("Internal error");
        problem.setProperty("reference", reference);
        return ResponseEntity.internalServerError().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldError(error.getField(), error.getDefaultMessage()))
                .toList();
        return validationFailed(errors, headers);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new FieldError(parameterName(result.getMethodParameter().getParameterName()),
                                error.getDefaultMessage())))
                .toList();
        return validationFailed(errors, headers);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (e.getCause() instanceof DatabindException invalid && !invalid.getPath().isEmpty()) {
            return validationFailed(List.of(new FieldError(fieldPath(invalid), valueProblem(invalid))), headers);
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The request body could not be read: it is missing, not valid JSON, or a value has the wrong type. "
                        + "Send a JSON object as described in the API document.");
        problem.setType(ProblemTypes.MALFORMED_REQUEST);
        problem.setTitle("Malformed request body");
        return ResponseEntity.badRequest().headers(headers).body(problem);
    }

    private ResponseEntity<Object> validationFailed(List<FieldError> errors, HttpHeaders headers) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The request has " + errors.size() + " invalid field(s); see 'errors' for each one.");
        problem.setType(ProblemTypes.VALIDATION_FAILED);
        problem.setTitle("Validation failed");
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().headers(headers).body(problem);
    }

    /** E.g. {@code profile.milestones[0].on}. */
    private static String fieldPath(DatabindException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** What was wrong with the value, without class names or parser internals. */
    private static String valueProblem(DatabindException e) {
        if (e instanceof InvalidFormatException format && format.getTargetType() != null
                && format.getTargetType().isEnum()) {
            return "must be one of " + Arrays.toString(format.getTargetType().getEnumConstants());
        }
        if (e instanceof ValueInstantiationException && e.getCause() instanceof IllegalArgumentException invalid) {
            return invalid.getMessage();
        }
        return "has the wrong type or format";
    }

    private static String parameterName(String name) {
        return name == null ? "request" : name;
    }
}
