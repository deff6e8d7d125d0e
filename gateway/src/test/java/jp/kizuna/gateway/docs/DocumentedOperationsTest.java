package jp.kizuna.gateway.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jp.kizuna.gateway.docs.DocumentedOperations.Match;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** How a call is matched against the operations of an OpenAPI document. */
class DocumentedOperationsTest {

    final DocumentedOperations operations = DocumentedOperations.of(JsonMapper.builder().build().readTree("""
            {"paths": {
              "/api/events/{id}": {"get": {}, "put": {}, "parameters": []},
              "/api/events/feeds/districts/{district}.ics": {"get": {}},
              "/api/events/{eventId}/attendance/check-ins/{registrationId}": {"delete": {}},
              "/api/events/series": {"post": {}},
              "/api/events/series/{seriesId}": {"put": {}}}}"""));

    @Test
    void aTemplateMatchesOneSegmentPerParameterAndItsLiteralsExactly() {
        assertThat(operations.match("GET", "/api/events/e-1")).isEqualTo(Match.DOCUMENTED);
        assertThat(operations.match("GET", "/api/events/feeds/districts/%E4%B8%80%E7%AE%95.ics")).isEqualTo(Match.DOCUMENTED);
        assertThat(operations.match("DELETE", "/api/events/e-1/attendance/check-ins/r-9")).isEqualTo(Match.DOCUMENTED);
        assertThat(operations.match("GET", "/api/events/e-1/extra")).isEqualTo(Match.UNKNOWN_PATH);
        assertThat(operations.match("GET", "/api/events/feeds/districts/ikkiXics")).isEqualTo(Match.UNKNOWN_PATH);
    }

    @Test
    void aPathMatchingALiteralAndAParameterHasTheMethodsOfBoth() {
        assertThat(operations.methodsAt("/api/events/series")).containsExactly("GET", "HEAD", "POST", "PUT");
        assertThat(operations.match("PUT", "/api/events/series/s-1")).isEqualTo(Match.DOCUMENTED);
        assertThat(operations.match("GET", "/api/events/series/s-1")).isEqualTo(Match.OTHER_METHOD);
    }

    @Test
    void aParameterIsNeverAnEmptySegment() {
        assertThat(operations.match("GET", "/api/events/")).isEqualTo(Match.UNKNOWN_PATH);
        assertThat(operations.match("GET", "/api/events//attendance/check-ins/r-9")).isEqualTo(Match.UNKNOWN_PATH);
        assertThat(operations.match("DELETE", "/api/events/e-1/attendance/check-ins/")).isEqualTo(Match.UNKNOWN_PATH);
        assertThat(operations.match("GET", "/api/events/feeds/districts/.ics")).isEqualTo(Match.UNKNOWN_PATH);
    }

    @Test
    void aDocumentedGetAdmitsHeadAndOtherMethodsAreTold() {
        assertThat(operations.match("HEAD", "/api/events/e-1")).isEqualTo(Match.DOCUMENTED);
        assertThat(operations.match("DELETE", "/api/events/e-1")).isEqualTo(Match.OTHER_METHOD);
    }

    @Test
    void theMethodsOfAPathAreTheDocumentedOnesWithHeadForGet() {
        assertThat(operations.methodsAt("/api/events/e-1")).containsExactly("GET", "HEAD", "PUT");
        assertThat(operations.methodsAt("/api/events/e-1/extra")).isEmpty();
    }

    @Test
    void somethingThatIsNotAnOpenApiDocumentIsRefused() {
        assertThatThrownBy(() -> DocumentedOperations.of(JsonMapper.builder().build().readTree("[]")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
