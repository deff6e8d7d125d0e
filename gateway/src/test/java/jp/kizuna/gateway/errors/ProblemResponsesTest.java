package jp.kizuna.gateway.errors;

import static org.assertj.core.api.Assertions.assertThat;

import jp.kizuna.platform.contracts.ProblemTypes;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

/** The problem type of a status the gateway answers without a more specific one. */
class ProblemResponsesTest {

    @Test
    void aStatusGetsTheTypeDocsApiListsForIt() {
        assertThat(ProblemResponses.typeFor(HttpStatus.BAD_REQUEST)).hasToString("urn:kizuna:problem:malformed-request");
        assertThat(ProblemResponses.typeFor(HttpStatus.CONTENT_TOO_LARGE)).hasToString("urn:kizuna:problem:payload-too-large");
        assertThat(ProblemResponses.typeFor(HttpStatus.URI_TOO_LONG)).hasToString("urn:kizuna:problem:uri-too-long");
        assertThat(ProblemResponses.typeFor(HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE))
                .hasToString("urn:kizuna:problem:headers-too-large");
    }

    @Test
    void anyOtherStatusIsNamedByItsReasonPhraseAndAnUnknownOneByItsNumber() {
        assertThat(ProblemResponses.typeFor(HttpStatus.METHOD_NOT_ALLOWED)).hasToString("urn:kizuna:problem:method-not-allowed");
        assertThat(ProblemResponses.typeFor(HttpStatus.UNSUPPORTED_MEDIA_TYPE)).hasToString("urn:kizuna:problem:unsupported-media-type");
        assertThat(ProblemResponses.typeFor(HttpStatusCode.valueOf(499))).hasToString("urn:kizuna:problem:http-499");
    }

    @Test
    void theGatewayNamesEveryStatusBothAnswerAsTheServicesDo() {
        // every status the services' catalogue names but 422: a business rule is only ever a service's
        int[] shared = {400, 401, 403, 404, 405, 406, 409, 412, 413, 414, 415, 428, 431, 500};
        for (int status : shared) {
            assertThat(ProblemResponses.typeFor(HttpStatusCode.valueOf(status))).as("status %d", status)
                    .isEqualTo(ProblemTypes.forStatus(status));
        }
    }
}
