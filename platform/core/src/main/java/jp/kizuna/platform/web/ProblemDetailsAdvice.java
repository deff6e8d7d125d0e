package jp.kizuna.platform.web;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jp.kizuna.platform.contracts.ProblemTypes;
import jp.kizuna.platform.text.TextPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.MethodParameter;
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
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * The one place where a service's errors become RFC 9457 problem documents. Framework errors
 * (404 for unknown paths, 405, 415, malformed JSON, validation) come through the base class;
 * use-case errors come as {@link ProblemException}. Every answer carries a {@code type}
 * ({@link ProblemTypes#forStatus} for the framework's own); a parameter or field that is wrong is
 * named in {@code errors}. Nothing here ever writes a stack trace.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);
    private static final URI ABOUT_BLANK = URI.create("about:blank");
    private static final Pattern DUPLICATE_KEY = Pattern.compile("Duplicate Object property \"([^\"]*)\"");

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<ProblemDetail> handleProblem(ProblemException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
        problem.setType(e.type());
        problem.setTitle(e.status().getReasonPhrase());
        e.properties().forEach(problem::setProperty);
        return ResponseEntity.status(e.status()).body(problem);
    }

    /** Parameters refused by the {@link RequestParameterGuard}, or fields refused by a use case's own check. */
    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<Object> handleInvalidRequest(InvalidRequestException e) {
        return validationFailed(e.errors(), new HttpHeaders());
    }

    /**
     * Bean Validation outside Spring MVC's own method validation (a {@code @Validated} bean): the
     * last node of each violation's path names the parameter or field.
     */
    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> handleConstraintViolation(ConstraintViolationException e) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(violation -> new FieldError(lastNode(violation.getPropertyPath()), violation.getMessage()))
                .sorted(java.util.Comparator.comparing(FieldError::field))
                .toList();
        return validationFailed(errors, new HttpHeaders());
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

    /**
     * A header the security firewall refuses (a control, bidirectional or non-Latin character in
     * its value, e.g. an If-Match of {@code "\u2066会津"}): the firewall only throws when the
     * controller reads the header, so it arrives here, as the client's error.
     */
    @ExceptionHandler(RequestRejectedException.class)
    ResponseEntity<ProblemDetail> handleRejectedRequest(RequestRejectedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "A header of the request carries characters that no header of this API takes "
                        + "(control, bidirectional or non-ASCII characters). Nothing was changed.");
        problem.setType(ProblemTypes.MALFORMED_REQUEST);
        problem.setTitle("Malformed request header");
        return ResponseEntity.badRequest().body(problem);
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
        List<FieldError> errors = new ArrayList<>();
        for (ParameterValidationResult result : e.getParameterValidationResults()) {
            if (result instanceof ParameterErrors body) {
                // a @Valid body checked together with constrained parameters: name its fields
                body.getFieldErrors().forEach(error -> errors.add(new FieldError(error.getField(), error.getDefaultMessage())));
                body.getGlobalErrors().forEach(error -> errors.add(
                        new FieldError(parameterName(result.getMethodParameter()), error.getDefaultMessage())));
            } else {
                result.getResolvableErrors().forEach(error -> errors.add(
                        new FieldError(parameterName(result.getMethodParameter()), error.getDefaultMessage())));
            }
        }
        return validationFailed(errors, headers);
    }

    /** A parameter that is not of its type ({@code page=abc}, an unknown enum value): 400 naming it. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String name = e instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName() : e.getPropertyName();
        return validationFailed(List.of(new FieldError(parameterName(name), typeProblem(e.getRequiredType()))), headers);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return validationFailed(List.of(new FieldError(e.getParameterName(), "is required")), headers);
    }

    /** Every problem the base class makes gets a type and a title from its status. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(e, body, headers, statusCode, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem) {
            if (problem.getType() == null || ABOUT_BLANK.equals(problem.getType())) {
                problem.setType(ProblemTypes.forStatus(statusCode.value()));
            }
            if (problem.getTitle() == null && HttpStatus.resolve(statusCode.value()) != null) {
                problem.setTitle(HttpStatus.valueOf(statusCode.value()).getReasonPhrase());
            }
        }
        return response;
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (e.getCause() instanceof DatabindException invalid && !invalid.getPath().isEmpty()) {
            return validationFailed(List.of(new FieldError(fieldPath(invalid), valueProblem(invalid))), headers);
        }
        if (e.getCause() instanceof StreamReadException read) {
            Matcher duplicate = DUPLICATE_KEY.matcher(String.valueOf(read.getOriginalMessage()));
            if (duplicate.find()) {
                return validationFailed(List.of(new FieldError(duplicatePath(read, duplicate.group(1)),
                        "is given twice; give each field once")), headers);
            }
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
        if (e instanceof InvalidFormatException format && format.getTargetType() == String.class) {
            return format.getOriginalMessage();
        }
        if (e instanceof ValueInstantiationException && e.getCause() instanceof IllegalArgumentException invalid) {
            return TextPolicy.toSafeLine(invalid.getMessage());
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return typeProblem(mismatch.getTargetType());
        }
        return "has the wrong type or format";
    }

    /** What a value of the type looks like, in the words of docs/api.md. */
    private static String typeProblem(Class<?> type) {
        if (type == null) {
            return "has the wrong type or format";
        }
        if (type.isEnum()) {
            return "must be one of " + Arrays.toString(type.getEnumConstants());
        }
        if (type == String.class) {
            return "must be a text (a JSON string)";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class
                || type == short.class || type == Short.class || type == BigInteger.class) {
            return "must be a whole number";
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class
                || type == BigDecimal.class) {
            return "must be a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "must be true or false";
        }
        if (type == LocalDate.class) {
            return "must be a day as YYYY-MM-DD";
        }
        if (type == YearMonth.class) {
            return "must be a month as YYYY-MM";
        }
        if (type == LocalTime.class) {
            return "must be a time as HH:MM";
        }
        if (type == LocalDateTime.class) {
            return "must be a date and time as YYYY-MM-DDTHH:MM";
        }
        if (type == OffsetDateTime.class || type == java.time.Instant.class) {
            return "must be a date and time with its offset, as YYYY-MM-DDTHH:MM:SS+09:00";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "must be a list (a JSON array)";
        }
        return "has the wrong type or format";
    }

    /** The duplicated key with the path of the object it is in, e.g. {@code details.title}. */
    private static String duplicatePath(StreamReadException e, String key) {
        if (e.processor() instanceof JsonParser parser && parser.streamReadContext() != null) {
            StringBuilder path = new StringBuilder();
            for (var context = parser.streamReadContext().getParent(); context != null; context = context.getParent()) {
                if (context.currentName() != null) {
                    path.insert(0, context.currentName() + (path.isEmpty() ? "" : "."));
                } else if (context.inArray()) {
                    path.insert(0, "[" + context.getCurrentIndex() + "]");
                }
            }
            String prefix = path.toString().replace(".[", "[");
            return prefix.isEmpty() ? key : prefix + "." + key;
        }
        return key;
    }

    private static String lastNode(Path path) {
        String name = null;
        for (Path.Node node : path) {
            if (node.getName() != null) {
                name = node.getName();
            }
        }
        return parameterName(name);
    }

    /** The name the client used: the {@code @RequestParam}'s or {@code @PathVariable}'s, or the Java name. */
    private static String parameterName(MethodParameter parameter) {
        RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
        if (param != null && !param.name().isEmpty()) {
            return param.name();
        }
        PathVariable variable = parameter.getParameterAnnotation(PathVariable.class);
        if (variable != null && !variable.name().isEmpty()) {
            return variable.name();
        }
        return parameterName(parameter.getParameterName());
    }

    private static String parameterName(String name) {
        return name == null ? "request" : name;
    }
}
