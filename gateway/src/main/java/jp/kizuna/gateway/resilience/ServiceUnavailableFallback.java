package jp.kizuna.gateway.resilience;

import java.net.URI;
import java.util.LinkedHashSet;

import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import jp.kizuna.gateway.errors.ProblemErrorWebExceptionHandler;
import jp.kizuna.platform.contracts.ProblemTypes;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

/**
 * Where a route's circuit breaker sends a call that failed or was not made: 503 problem+json with
 * Retry-After, at once, naming the original path. It answers forwards from a breaker only; called
 * from outside it does not exist (404).
 */
@RestController
class ServiceUnavailableFallback {

    static final String PATH = "/fallback/service-unavailable";

    /** The path the client called ({@link OriginalRequestUrlFilter} keeps it first of all). */
    private static String originalPath(ServerWebExchange exchange) {
        LinkedHashSet<URI> original = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ORIGINAL_REQUEST_URL_ATTR);
        return original == null || original.isEmpty() ? exchange.getRequest().getPath().value()
                : original.iterator().next().getPath();
    }

    @RequestMapping(PATH)
    ResponseEntity<ProblemDetail> unavailable(ServerWebExchange exchange) {
        Throwable cause = exchange.getAttribute(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
        if (exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR) == null) {
            ProblemDetail notFound = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No API answers at this path.");
            notFound.setType(ProblemTypes.NOT_FOUND);
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(notFound);
        }
        boolean open = cause instanceof CallNotPermittedException;
        boolean full = cause instanceof BulkheadFullException;
        String retry = "Retry after " + ProblemErrorWebExceptionHandler.RETRY_AFTER_SECONDS + " seconds";
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, open
                ? "The service behind this path has failed repeatedly; the gateway stops calling it for a few seconds "
                        + "(circuit open). " + retry + "."
                : full
                ? "The service behind this path has too many calls in progress (bulkhead full); this call was not "
                        + "sent. " + retry + "."
                : "The service behind this path is not reachable or not answering right now. " + retry
                        + "; a write may or may not have been applied, so read before repeating it.");
        problem.setType(ProblemTypes.SERVICE_UNAVAILABLE);
        problem.setTitle("Service Unavailable");
        problem.setInstance(URI.create(originalPath(exchange)));
        problem.setProperty("circuit", open ? "open" : "closed");
        if (full) {
            problem.setProperty("bulkhead", "full");
        }
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.RETRY_AFTER, ProblemErrorWebExceptionHandler.RETRY_AFTER_SECONDS).body(problem);
    }
}
