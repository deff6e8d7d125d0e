package jp.kizuna.gateway.errors;

import java.net.ConnectException;
import java.net.URI;
import java.util.UUID;
import java.util.concurrent.TimeoutException;

import jp.kizuna.platform.contracts.ProblemTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every error the gateway itself answers is an RFC 9457 problem document: unknown paths, a
 * service that cannot be reached (503 with Retry-After, so clients back off), a service too slow
 * to answer (504), a request Spring refused (its status, a {@code urn:kizuna:problem:} type and the
 * headers that go with it, such as a 405's {@code Allow}), and anything unexpected (500, logged with
 * a reference, never a stack trace).
 */
@Component
@Order(-2)
public class ProblemErrorWebExceptionHandler implements ErrorWebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorWebExceptionHandler.class);
    /** How long clients are asked to wait before retrying a service that is not available. */
    public static final String RETRY_AFTER_SECONDS = "10";

    private final JsonMapper json;

    public ProblemErrorWebExceptionHandler(JsonMapper json) {
        this.json = json;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.error(error);
        }
        ProblemDetail problem = toProblem(error);
        if (error instanceof ResponseStatusException statusError) {
            // e.g. Allow of a 405, Accept of a 406
            response.getHeaders().putAll(statusError.getHeaders());
        }
        if (problem.getStatus() == HttpStatus.SERVICE_UNAVAILABLE.value()) {
            response.getHeaders().set(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        }
        return ProblemResponses.write(exchange, problem, json);
    }

    private ProblemDetail toProblem(Throwable error) {
        if (causedBy(error, ConnectException.class)) {
            return problem(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.SERVICE_UNAVAILABLE,
                    "The service behind this path is not reachable right now. Retry after a few seconds.");
        }
        if (causedBy(error, TimeoutException.class)) {
            return problem(HttpStatus.GATEWAY_TIMEOUT, ProblemTypes.SERVICE_TIMEOUT,
                    "The service behind this path did not answer in time. Retry later; a write may or may not "
                            + "have been applied, so read before repeating it.");
        }
        if (error instanceof ResponseStatusException statusError) {
            HttpStatus status = HttpStatus.resolve(statusError.getStatusCode().value());
            if (status == null) {
                status = HttpStatus.INTERNAL_SERVER_ERROR;
            }
            if (status == HttpStatus.NOT_FOUND) {
                return problem(status, ProblemTypes.NOT_FOUND,
                        "No API answers at this path. The APIs live under /api/registry, /api/kpi, "
                                + "/api/subsidies and /api/events.");
            }
            if (status.is4xxClientError()) {
                return problem(status, ProblemResponses.typeFor(status), statusError.getReason());
            }
            if (status == HttpStatus.SERVICE_UNAVAILABLE) {
                return problem(status, ProblemTypes.SERVICE_UNAVAILABLE,
                        "The service behind this path is not available right now. Retry after a few seconds.");
            }
        }
        String reference = UUID.randomUUID().toString();
        log.error("Unexpected gateway error, reference {}", reference, error);
        ProblemDetail problem = problem(HttpStatus.INTERNAL_SERVER_ERROR, ProblemTypes.INTERNAL_ERROR,
                "An unexpected error occurred in the gateway; quote reference " + reference + " when reporting it.");
        problem.setProperty("reference", reference);
        return problem;
    }

    private static ProblemDetail problem(HttpStatus status, URI type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(type);
        problem.setTitle(status.getReasonPhrase());
        if (detail != null) {
            problem.setDetail(detail);
        }
        return problem;
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
