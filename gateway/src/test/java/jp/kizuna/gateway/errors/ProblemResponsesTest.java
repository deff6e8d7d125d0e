package jp.kizuna.gateway.errors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

/** The problem type of a status the gateway answers without a more specific one. */
class ProblemResponsesTest {

    @Test
    void aStatusGetsTheTypeDocsApiListsForIt() {
        assertThat(ProblemResponses.typeFor(HttpStatus.BAD_REQUEST)).isEqualTo("urn:kizuna:problem:malformed-request");
        assertThat(ProblemResponses.typeFor(HttpStatus.CONTENT_TOO_LARGE)).isEqualTo("urn:kizuna:problem:payload-too-large");
        assertThat(ProblemResponses.typeFor(HttpStatus.URI_TOO_LONG)).isEqualTo("urn:kizuna:problem:uri-too-long");
        assertThat(ProblemResponses.typeFor(HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE))
                .isEqualTo("urn:kizuna:problem:headers-too-large");
    }

    @Test
    void anyOtherStatusIsNamedByItsReasonPhraseAndAnUnknownOneByItsNumber() {
        assertThat(ProblemResponses.typeFor(HttpStatus.METHOD_NOT_ALLOWED)).isEqualTo("urn:kizuna:problem:method-not-allowed");
        assertThat(ProblemResponses.typeFor(HttpStatus.UNSUPPORTED_MEDIA_TYPE)).isEqualTo("urn:kizuna:problem:unsupported-media-type");
        assertThat(ProblemResponses.typeFor(HttpStatusCode.valueOf(499))).isEqualTo("urn:kizuna:problem:http-499");
    }
}
