package jp.kizuna.gateway.docs;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.context.ApplicationListener;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.client.WebClient;
import tools.jackson.databind.json.JsonMapper;

/** Undocumented calls do not answer ({@code kizuna.edge.documented-routes-only}, on by default). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "kizuna.edge.documented-routes-only", havingValue = "true", matchIfMissing = true)
class DocumentedRoutesConfiguration {

    @Bean
    ApiDocumentCatalogue apiDocumentCatalogue(JsonMapper json, Clock clock,
                                              @Value("${kizuna.edge.api-documents-refresh:60s}") Duration refresh) {
        return new ApiDocumentCatalogue(WebClient.builder(), json, clock, refresh);
    }

    /** Once the gateway runs, each service's document is read ahead of its first call. */
    @Bean
    ApplicationListener<ApplicationReadyEvent> apiDocumentPrefetch(ApiDocumentCatalogue catalogue, RouteLocator routes) {
        return ready -> routes.getRoutes()
                .filter(route -> DocumentedRoutesFilter.isApiRoute(route.getId()) && "http".equals(route.getUri().getScheme()))
                .map(route -> route.getUri()).distinct()
                .subscribe(catalogue::prefetch);
    }

    @Bean
    DocumentedRoutesFilter documentedRoutesFilter(ApiDocumentCatalogue catalogue, JsonMapper json) {
        return new DocumentedRoutesFilter(catalogue, json);
    }
}
