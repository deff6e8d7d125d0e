package jp.kizuna.gateway.errors;

import java.util.List;

import jp.kizuna.platform.contracts.ProblemTypes;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.DefaultCorsProcessor;
import org.springframework.web.server.ServerWebExchange;

/**
 * Spring's CORS check (the configured {@code globalcors}), with a problem document for what it refuses:
 * a call or preflight from an origin that is not one of the city's web origins, or a preflight asking
 * for a method or headers the API does not take across origins. Spring can only set the 403; the
 * problem is written by {@link UnwrittenErrorFilter}.
 */
class ProblemCorsProcessor extends DefaultCorsProcessor {

    @Override
    protected boolean handleInternal(ServerWebExchange exchange, CorsConfiguration config, boolean preFlight) {
        if (super.handleInternal(exchange, config, preFlight)) {
            return true;
        }
        exchange.getAttributes().put(UnwrittenErrorFilter.PROBLEM_ATTRIBUTE, ProblemResponses.problem(HttpStatus.FORBIDDEN,
                ProblemTypes.ORIGIN_NOT_ALLOWED, "Forbidden", reason(exchange.getRequest(), config, preFlight)));
        return false;
    }

    private String reason(ServerHttpRequest request, CorsConfiguration config, boolean preFlight) {
        HttpHeaders headers = request.getHeaders();
        if (checkOrigin(config, headers.getOrigin()) == null) {
            return "Web pages from this origin may not call the API; the city sets the origins that may "
                    + "(KIZUNA_WEB_ORIGINS). Programs that are not web pages call it without an Origin header.";
        }
        if (preFlight) {
            HttpMethod method = headers.getAccessControlRequestMethod();
            if (checkMethods(config, method) == null) {
                return "Web pages may not call the API with " + method + " across origins; allowed: "
                        + String.join(", ", config.getAllowedMethods() == null ? List.of() : config.getAllowedMethods()) + ".";
            }
            return "Web pages may not send these headers to the API across origins; allowed: "
                    + String.join(", ", config.getAllowedHeaders() == null ? List.of() : config.getAllowedHeaders()) + ".";
        }
        return "This cross-origin call is not allowed.";
    }
}
