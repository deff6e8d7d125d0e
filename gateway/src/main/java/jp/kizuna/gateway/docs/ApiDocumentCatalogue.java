package jp.kizuna.gateway.docs;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI document of each service, read from the service ({@code /v3/api-docs}) when first
 * needed and again, in the background, once it is older than {@code refresh} (a new version of a
 * service brings its new operations with it). A service whose document could never be read is asked
 * again after a few seconds.
 */
public class ApiDocumentCatalogue {

    private static final Logger log = LoggerFactory.getLogger(ApiDocumentCatalogue.class);
    private static final Duration RETRY = Duration.ofSeconds(5);
    /**
     * A service's first document can take long on a busy machine (springdoc builds it on the first call);
     * the calls waiting for it wait rather than get 503. A reload has the known document to fall back on.
     */
    static final Duration FIRST_READ_TIMEOUT = Duration.ofSeconds(30);
    static final Duration RELOAD_TIMEOUT = Duration.ofSeconds(5);

    private final WebClient http;
    private final JsonMapper json;
    private final Clock clock;
    private final Duration refresh;
    private final Map<URI, Entry> documents = new ConcurrentHashMap<>();
    private final Set<URI> reloading = ConcurrentHashMap.newKeySet();
    /** First reads in flight: calls arriving together share one read instead of each starting its own. */
    private final Map<URI, Mono<DocumentedOperations>> firstReads = new ConcurrentHashMap<>();

    public ApiDocumentCatalogue(WebClient.Builder http, JsonMapper json, Clock clock, Duration refresh) {
        this.http = http.build();
        this.json = json;
        this.clock = clock;
        this.refresh = refresh;
    }

    /** The operations the service at {@code service} documents; empty while its document cannot be read. */
    public Mono<DocumentedOperations> of(URI service) {
        Entry entry = documents.get(service);
        Instant now = clock.instant();
        if (entry != null && entry.operations() != null) {
            if (!now.isBefore(entry.readAt().plus(refresh)) && reloading.add(service)) {
                // a call never waits for a reload: it is judged by the document known so far
                load(service, entry).doFinally(signal -> reloading.remove(service)).subscribe();
            }
            return Mono.just(entry.operations());
        }
        if (entry != null && entry.operations() == null && now.isBefore(entry.readAt().plus(RETRY))) {
            return Mono.empty();
        }
        return firstReads.computeIfAbsent(service, uri -> load(uri, entry)
                .doFinally(signal -> firstReads.remove(uri)).cache());
    }

    /** Reads a service's document ahead of the first call (at start), so that no call waits for it. */
    public void prefetch(URI service) {
        of(service).subscribe();
    }

    private Mono<DocumentedOperations> load(URI service, Entry previous) {
        boolean first = previous == null || previous.operations() == null;
        return http.get().uri(service.resolve("/v3/api-docs")).retrieve().bodyToMono(byte[].class)
                .timeout(first ? FIRST_READ_TIMEOUT : RELOAD_TIMEOUT)
                .map(body -> DocumentedOperations.of(json.readTree(body)))
                .doOnNext(operations -> {
                    documents.put(service, new Entry(operations, clock.instant()));
                    if (first) {
                        log.info("API document of {} read: {} operations", service, operations.size());
                    }
                })
                .onErrorResume(failure -> {
                    log.warn("Cannot read the API document of {} ({})", service, failure.toString());
                    if (previous != null && previous.operations() != null) {
                        // keep answering with the document we had; try again after a while
                        documents.put(service, new Entry(previous.operations(), clock.instant().minus(refresh).plus(RETRY)));
                        return Mono.just(previous.operations());
                    }
                    documents.put(service, new Entry(null, clock.instant()));
                    return Mono.empty();
                });
    }

    private record Entry(DocumentedOperations operations, Instant readAt) {
    }
}
