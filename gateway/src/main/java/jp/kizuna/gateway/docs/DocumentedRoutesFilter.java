package jp.kizuna.gateway.docs;

import java.net.URI;
import java.util.Optional;
import java.util.Set;

import jp.kizuna.gateway.errors.ProblemErrorWebExceptionHandler;
import jp.kizuna.gateway.errors.ProblemResponses;
import jp.kizuna.platform.contracts.ProblemTypes;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Only what the services document answers: a call to a service route whose method and path are not
 * in that service's OpenAPI document gets 404 (or 405 with {@code Allow} naming the documented
 * methods, for a documented path with another method) problem+json from the gateway and never
 * reaches the service. While a service's document cannot be read, its route answers 503 with
 * Retry-After (the service is then almost always down too). The routes serving the documents
 * themselves ({@code docs-*}) are not checked.
 */
public class DocumentedRoutesFilter implements GlobalFilter, Ordered {

    private final ApiDocumentCatalogue catalogue;
    private final JsonMapper json;

    public DocumentedRoutesFilter(ApiDocumentCatalogue catalogue, JsonMapper json) {
        this.catalogue = catalogue;
        this.json = json;
    }

    /** The web pages and the API documents have no API document of their own to be checked against. */
    static boolean isApiRoute(String routeId) {
        return !routeId.startsWith("docs-") && !WEB_ROUTE.equals(routeId);
    }

    /** The route of the web pages (the web module, a backend-for-frontend behind the gateway). */
    public static final String WEB_ROUTE = "web";

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 30;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        if (route == null || !isApiRoute(route.getId())) {
            return chain.filter(exchange);
        }
        String method = exchange.getRequest().getMethod().name();
        String path = exchange.getRequest().getPath().value();
        // the chain's own Mono<Void> is empty too, so "no document" is told apart before it runs
        return catalogue.of(route.getUri()).map(Optional::of).defaultIfEmpty(Optional.empty())
                .flatMap(document -> document.isEmpty() ? unavailable(exchange) : switch (document.get().match(method, path)) {
                    case DOCUMENTED -> chain.filter(exchange);
                    case OTHER_METHOD -> methodNotAllowed(exchange, method, document.get().methodsAt(path));
                    case UNKNOWN_PATH -> problem(exchange, HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND,
                            "No API answers at this path; the documents under /api/docs list every path.");
                });
    }

    private Mono<Void> methodNotAllowed(ServerWebExchange exchange, String method, Set<String> allowed) {
        exchange.getResponse().getHeaders().set(HttpHeaders.ALLOW, String.join(", ", allowed));
        return problem(exchange, HttpStatus.METHOD_NOT_ALLOWED, ProblemTypes.METHOD_NOT_ALLOWED,
                "This path does not answer " + method + "; it answers " + String.join(", ", allowed) + ".");
    }

    private Mono<Void> unavailable(ServerWebExchange exchange) {
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, ProblemErrorWebExceptionHandler.RETRY_AFTER_SECONDS);
        return problem(exchange, HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.SERVICE_UNAVAILABLE,
                "The service behind this path is not available right now. Retry after "
                        + ProblemErrorWebExceptionHandler.RETRY_AFTER_SECONDS + " seconds.");
    }

    private Mono<Void> problem(ServerWebExchange exchange, HttpStatus status, URI type, String detail) {
        return ProblemResponses.write(exchange, ProblemResponses.problem(status, type, null, detail), json);
    }
}
