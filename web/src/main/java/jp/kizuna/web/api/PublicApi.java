package jp.kizuna.web.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jp.kizuna.web.config.WebProperties;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public API, as the pages call it: through the gateway, with the signed-in person's access token
 * (refreshed when it runs out; none for an anonymous visitor), the page's language, the visitor's address
 * (so that the gateway's limits count people, not this server) and the request id of the page. A refusal
 * comes back as {@link ApiProblemException} with the API's problem document; a missing or silent API as
 * {@link ApiUnavailableException}.
 */
@Component
public class PublicApi {

    private final RestClient rest;
    private final JsonMapper json;

    PublicApi(WebProperties properties, PersonTokens tokens, LocaleResolver locales, JsonMapper json) {
        this.json = json;
        java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder()
                .connectTimeout(java.time.Duration.ofSeconds(3)).build();
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(http);
        factory.setReadTimeout(properties.apiTimeout());
        this.rest = RestClient.builder().baseUrl(properties.apiUrl().toString())
                // the application's JSON settings (unknown members are ignored: the API may say more than a page shows)
                .messageConverters(converters -> {
                    converters.removeIf(converter -> converter instanceof JacksonJsonHttpMessageConverter);
                    converters.add(0, new JacksonJsonHttpMessageConverter(json));
                })
                .requestFactory(factory)
                .requestInterceptor(tokens)
                .requestInterceptor(pageContext(locales))
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
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
        }
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

    /** The page's language, the visitor's address and the page's request id go with every call. */
    private static ClientHttpRequestInterceptor pageContext(LocaleResolver locales) {
        return (request, body, execution) -> {
            if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
                HttpServletRequest page = attributes.getRequest();
                Locale locale = locales.resolveLocale(page);
                request.getHeaders().set(HttpHeaders.ACCEPT_LANGUAGE, locale.getLanguage());
                request.getHeaders().set("X-Forwarded-For", page.getRemoteAddr());
                String requestId = page.getHeader("X-Request-Id");
                if (requestId != null) {
                    request.getHeaders().set("X-Request-Id", requestId);
                }
            }
            return execution.execute(request, body);
        };
    }
}
