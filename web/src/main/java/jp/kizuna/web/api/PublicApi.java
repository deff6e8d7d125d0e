package jp.kizuna.web.api;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.kizuna.web.config.WebProperties;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public API, as the pages call it: through the gateway, with the signed-in person's access token
 * (refreshed when it runs out; none for an anonymous visitor), the page's language, the visitor's address
 * (so that the gateway's limits count people, not this server) and the request id of the page. A refusal
 * comes back as {@link ApiProblemException} with the API's problem document; a missing or silent API as
 * {@link ApiUnavailableException}. A 401 is no refusal a page can explain: the API no longer takes the person's
 * token (revoked, or run out while the web's session lives on), so it comes back as {@link SignInExpiredException},
 * which asks the person to sign in again, whatever page made the call.
 */
@Component
public class PublicApi {

    /** How long a call waits to connect to the API; {@link WebProperties#apiTimeout()} is how long it waits for its answer. */
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
    /** Distinct public reads kept at once (address × language); the pages make a few. */
    private static final int PUBLIC_ANSWERS_KEPT = 32;

    private final RestClient rest;
    private final JsonMapper json;
    private final CallHeaders headers;
    private final ShortLivedAnswers publicAnswers;

    PublicApi(WebProperties properties, CallHeaders headers, JsonMapper json, Clock clock) {
        this.json = json;
        this.headers = headers;
        this.publicAnswers = new ShortLivedAnswers(properties.publicCacheTtl(), PUBLIC_ANSWERS_KEPT, clock);
        java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(http);
        factory.setReadTimeout(properties.apiTimeout());
        this.rest = RestClient.builder().baseUrl(properties.apiUrl().toString())
                // the application's JSON settings (unknown members are ignored: the API may say more than a page shows)
                .messageConverters(converters -> {
                    converters.removeIf(converter -> converter instanceof JacksonJsonHttpMessageConverter);
                    converters.add(0, new JacksonJsonHttpMessageConverter(json));
                })
                .requestFactory(factory)
                .requestInterceptor(headers)
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
                    if (response.getStatusCode().value() == 401) {
                        throw new SignInExpiredException();
                    }
                    throw new ApiProblemException(problemOf(response.getStatusCode().value(), response.getBody().readAllBytes(),
                            response.getHeaders().getContentType()));
                })
                .build();
    }

    public <T> T get(String uriTemplate, Class<T> type, Object... variables) {
        return call(() -> rest.get().uri(uriTemplate, variables).accept(MediaType.APPLICATION_JSON).retrieve().body(type));
    }

    public <T> T get(String uriTemplate, ParameterizedTypeReference<T> type, Object... variables) {
        return call(() -> rest.get().uri(uriTemplate, variables).accept(MediaType.APPLICATION_JSON).retrieve().body(type));
    }

    /**
     * A read of something public and the same for everyone (no URI variables), which may be answered from what
     * the same read in the same language answered a few seconds ago ({@code kizuna.web.public-cache-ttl}, 30 s
     * by default). Only a visitor who is not signed in is answered so: a signed-in person's read goes to the API
     * with their token every time, and its answer is never kept.
     */
    public <T> T getPublic(String uri, Class<T> type) {
        return publicAnswers.get(uri, type, headers.current(), () -> get(uri, type));
    }

    /** As {@link #getPublic(String, Class)}, for a query built from values and a generic answer. */
    public <T> T getPublic(UriComponentsBuilder query, ParameterizedTypeReference<T> type) {
        String address = query.build().toUriString();
        return publicAnswers.get(address, type.getType(), headers.current(), () -> get(query, type));
    }

    /**
     * A read with a query built from what people typed: each value reaches the API exactly as given, {@code &},
     * {@code +}, {@code {}} and all (every value is sent as a URI variable and so encoded whole).
     */
    public <T> T get(UriComponentsBuilder query, Class<T> type) {
        Template template = Template.of(query);
        return get(template.uri(), type, template.values());
    }

    public <T> T get(UriComponentsBuilder query, ParameterizedTypeReference<T> type) {
        Template template = Template.of(query);
        return get(template.uri(), type, template.values());
    }

    /** A path with one URI variable for each query value, and the values in their order. */
    private record Template(String uri, Object[] values) {

        static Template of(UriComponentsBuilder query) {
            UriComponents given = query.build();
            StringBuilder uri = new StringBuilder(given.getPath() == null ? "" : given.getPath());
            List<Object> values = new ArrayList<>();
            given.getQueryParams().forEach((name, each) -> each.forEach(value -> {
                uri.append(values.isEmpty() ? '?' : '&').append(name).append("={value").append(values.size()).append('}');
                values.add(value);
            }));
            return new Template(uri.toString(), values.toArray());
        }
    }

    /** A read that may find nothing: a 404 is empty, any other refusal is thrown. */
    public <T> Optional<T> find(String uriTemplate, Class<T> type, Object... variables) {
        try {
            return Optional.ofNullable(get(uriTemplate, type, variables));
        } catch (ApiProblemException e) {
            if (e.isNotFound()) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** A read with its ETag, for a write that must name the version it changes (If-Match). */
    public <T> Versioned<T> getVersioned(String uriTemplate, Class<T> type, Object... variables) {
        ResponseEntity<T> answer = call(() -> rest.get().uri(uriTemplate, variables).accept(MediaType.APPLICATION_JSON)
                .retrieve().toEntity(type));
        return new Versioned<>(answer.getBody(), answer.getHeaders().getETag());
    }

    public <T> T post(String uriTemplate, Object body, Class<T> type, Object... variables) {
        return call(() -> rest.post().uri(uriTemplate, variables).contentType(MediaType.APPLICATION_JSON)
                .body(body == null ? Map.of() : body).retrieve().body(type));
    }

    public <T> T post(String uriTemplate, Object body, ParameterizedTypeReference<T> type, Object... variables) {
        return call(() -> rest.post().uri(uriTemplate, variables).contentType(MediaType.APPLICATION_JSON)
                .body(body == null ? Map.of() : body).retrieve().body(type));
    }

    public <T> Versioned<T> send(String method, String uriTemplate, Object body, String ifMatch, Class<T> type,
                                 Object... variables) {
        ResponseEntity<T> answer = call(() -> {
            RestClient.RequestBodySpec request = rest.method(org.springframework.http.HttpMethod.valueOf(method))
                    .uri(uriTemplate, variables).contentType(MediaType.APPLICATION_JSON);
            if (ifMatch != null) {
                request.header(HttpHeaders.IF_MATCH, ifMatch);
            }
            return request.body(body == null ? Map.of() : body).retrieve().toEntity(type);
        });
        return new Versioned<>(answer.getBody(), answer.getHeaders().getETag());
    }

    /** What a read answered, with the version it is at. */
    public record Versioned<T>(T value, String etag) {
    }

    private <T> T call(java.util.function.Supplier<T> request) {
        try {
            return request.get();
        } catch (ResourceAccessException e) {
            throw new ApiUnavailableException("the API did not answer: " + e.getMessage(), e);
        } catch (RestClientException e) {
            if (cutOff(e)) {
                // the connection closed in the middle of the answer: the API did not answer, as far as a page can tell
                throw new ApiUnavailableException("the API's answer was cut off: " + e.getMessage(), e);
            }
            throw e;
        }
    }

    /** An answer that ended early or whose reading failed on the way (an answer of the wrong shape is not). */
    private static boolean cutOff(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.io.IOException || cause instanceof tools.jackson.core.exc.JacksonIOException
                    || cause instanceof tools.jackson.core.exc.UnexpectedEndOfInputException) {
                return true;
            }
        }
        return false;
    }

    private ProblemDocument problemOf(int status, byte[] body, MediaType contentType) {
        if (contentType != null && (contentType.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                || contentType.isCompatibleWith(MediaType.APPLICATION_JSON)) && body.length > 0) {
            try {
                ProblemDocument read = json.readValue(body, ProblemDocument.class);
                return new ProblemDocument(read.type(), read.title(), read.status() == 0 ? status : read.status(),
                        read.detail(), read.errors(), json.readValue(body, Map.class));
            } catch (RuntimeException notAProblem) {
                // fall through: an answer we cannot read is reported by its status alone
            }
        }
        return new ProblemDocument("about:blank", null, status, null, null, null);
    }
}
