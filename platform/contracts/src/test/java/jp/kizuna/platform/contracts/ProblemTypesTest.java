package jp.kizuna.platform.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProblemTypesTest {

    @Test
    void aStatusTheCatalogueNamesHasItsType() {
        assertThat(ProblemTypes.forStatus(400)).isEqualTo(ProblemTypes.MALFORMED_REQUEST);
        assertThat(ProblemTypes.forStatus(404)).isEqualTo(ProblemTypes.NOT_FOUND);
        assertThat(ProblemTypes.forStatus(422)).isEqualTo(ProblemTypes.RULE_VIOLATED);
        assertThat(ProblemTypes.forStatus(428)).isEqualTo(ProblemTypes.PRECONDITION_REQUIRED);
        assertThat(ProblemTypes.forStatus(431)).isEqualTo(ProblemTypes.HEADERS_TOO_LARGE);
    }

    @Test
    void anyOtherServerErrorIsAnInternalErrorAndAnyOtherClientErrorAMalformedRequest() {
        assertThat(ProblemTypes.forStatus(502)).isEqualTo(ProblemTypes.INTERNAL_ERROR);
        assertThat(ProblemTypes.forStatus(418)).isEqualTo(ProblemTypes.MALFORMED_REQUEST);
    }

    @Test
    void everyTypeStartsWithThePrefix() {
        assertThat(new Object[] {ProblemTypes.VALIDATION_FAILED, ProblemTypes.UNREADABLE_RECORD, ProblemTypes.RATE_LIMITED,
                ProblemTypes.ORIGIN_NOT_ALLOWED, ProblemTypes.SERVICE_UNAVAILABLE, ProblemTypes.SERVICE_TIMEOUT})
                .allSatisfy(type -> assertThat(type.toString()).startsWith(ProblemTypes.PREFIX));
    }
}
