package jp.kizuna.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** A page counts only when it answers 200 with HTML; anything else is said with what came instead. */
class WebPagesTest {

    static Http.Answer answer(int status, Map<String, List<String>> headers) {
        return new Http.Answer(status, "", 1, HttpHeaders.of(headers, (name, value) -> true));
    }

    @Test
    void aPageOf200WithHtmlIsNoRefusal() {
        assertThat(WebPages.refusal(answer(200, Map.of("Content-Type", List.of("text/html;charset=UTF-8"))), "text/html"))
                .isNull();
    }

    @Test
    void aRedirectIsARefusalThatSaysWhereItLeads() {
        assertThat(WebPages.refusal(answer(302, Map.of("Location", List.of("http://localhost:58080/oauth2/authorization/kizuna"))),
                "text/html")).isEqualTo("answered 302 → http://localhost:58080/oauth2/authorization/kizuna");
    }

    @Test
    void a200OfAnotherMediaTypeIsARefusal() {
        assertThat(WebPages.refusal(answer(200, Map.of("Content-Type", List.of("application/problem+json"))), "text/html"))
                .isEqualTo("answered 200 with application/problem+json, not text/html");
    }

    @Test
    void aServerThatDoesNotAnswerIsARefusal() {
        assertThat(WebPages.refusal(new Http.Answer(-1, "java.net.ConnectException", 1), "text/html"))
                .isEqualTo("answered -1 (java.net.ConnectException)");
    }

    @Test
    void theCpuOfAPageIsWhatEachComponentSpentDuringTheRunDividedByItsRequests() {
        Map<String, Double> perPage = WebPages.cpuPerRequest(Map.of("web", 1_000L, "gateway", 2_000L, "kafka", 500L),
                new java.util.LinkedHashMap<>(Map.of("web", 2_250L, "gateway", 3_000L, "kafka", 500L)), 100);

        assertThat(perPage).containsEntry("web", 12.5).containsEntry("gateway", 10.0).containsEntry("all", 22.5)
                .doesNotContainKey("kafka");
    }

    @Test
    void noRequestsOrNoProcMeansNoCpuFigure() {
        assertThat(WebPages.cpuPerRequest(Map.of(), Map.of("web", 10L), 0)).isEmpty();
        assertThat(WebPages.cpuPerRequest(Map.of(), Map.of(), 10)).isEmpty();
    }

    @Test
    void aPageWaitsForTheSlowestCallOfEachStepAndForItsStepsOneAfterAnother() {
        WebPages.Page home = new WebPages.Page("/", List.of(List.of("/api/events?from=today"), List.of("/api/events?order=desc")),
                false, List.of());
        WebPages.Page organization = WebPages.Page.concurrent("/organizations/ikki",
                List.of("/api/registry/organizations/ikki", "/api/registry/placements?organizationId=ikki"));
        Map<String, Double> p95 = Map.of("/api/events?from=today", 40.0, "/api/events?order=desc", 70.0,
                "/api/registry/organizations/ikki", 30.0, "/api/registry/placements?organizationId=ikki", 25.0);

        assertThat(home.apiP95AlongItsSteps(p95)).isEqualTo(110.0);
        assertThat(organization.apiP95AlongItsSteps(p95)).isEqualTo(30.0);
        assertThat(new WebPages.Page("/open-data", List.of(), false).apiP95AlongItsSteps(p95)).isZero();
    }

    @Test
    void aCallWhoseAnswerTheWebKeepsMayOrMayNotBeInTheGatewaysLog() {
        WebPages.Page home = new WebPages.Page("/", List.of(List.of("/api/events?from=today")), false,
                List.of("/api/registry/organizations?kind=REGIONAL_MANAGEMENT_ORGANIZATION"));

        assertThat(home.calledAsListed(List.of("/api/events"))).isTrue();
        assertThat(home.calledAsListed(List.of("/api/events", "/api/registry/organizations"))).isTrue();
        assertThat(home.calledAsListed(List.of("/api/events", "/api/events"))).as("a call it does not list").isFalse();
        assertThat(home.calledAsListed(List.of("/api/registry/organizations"))).as("a call it lists, missing").isFalse();
    }
}
