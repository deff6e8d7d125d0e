package jp.kizuna.gateway.errors;

import java.net.URI;
import java.util.Locale;

import jp.kizuna.platform.contracts.ProblemTypes;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the gateway's own answers as RFC 9457 problem documents, the way the services write theirs,
 * with the types of the one catalogue both use ({@link ProblemTypes}).
 */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    /** A problem of this status, type and detail; its instance is the path the client called. */
    public static ProblemDetail problem(HttpStatusCode status, URI type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        if (title != null) {
            problem.setTitle(title);
        }
        return problem;
    }

    /**
     * The problem type of a status the gateway answers without a more specific one: the catalogue's
     * where docs/api.md names it differently from the reason phrase, otherwise
     * {@value ProblemTypes#PREFIX} and the status's name ({@code unsupported-media-type}).
     */
    public static URI typeFor(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> ProblemTypes.MALFORMED_REQUEST;
            case 413 -> ProblemTypes.PAYLOAD_TOO_LARGE;
            case 414 -> ProblemTypes.URI_TOO_LONG;
            case 431 -> ProblemTypes.HEADERS_TOO_LARGE;
            case 500 -> ProblemTypes.INTERNAL_ERROR;
            default -> {
                HttpStatus known = HttpStatus.resolve(status.value());
                yield URI.create(ProblemTypes.PREFIX + (known == null ? "http-" + status.value()
                        : known.getReasonPhrase().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")));
            }
        };
    }

    /** The problem as the bytes of its problem+json document. */
    public static byte[] toJson(ProblemDetail problem, JsonMapper json) {
        return json.writeValueAsBytes(problem);
    }

    /** Answers the exchange with the problem (status, problem+json); headers set before are kept. */
    public static Mono<Void> write(ServerWebExchange exchange, ProblemDetail problem, JsonMapper json) {
        if (problem.getInstance() == null) {
            problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
        }
        ServerHttpResponse response = exchange.getResponse();
        response.setStatusCode(HttpStatusCode.valueOf(problem.getStatus()));
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        DataBuffer body = response.bufferFactory().wrap(toJson(problem, json));
        return response.writeWith(Mono.just(body));
    }
}
