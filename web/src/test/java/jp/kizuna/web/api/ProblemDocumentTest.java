package jp.kizuna.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProblemDocumentTest {

    @Test
    void namesTheKindOfAPlatformProblemByTheLastPartOfItsType() {
        assertThat(problem("urn:kizuna:problem:rule-violated").kind()).isEqualTo("rule-violated");
    }

    @Test
    void hasAnUnknownKindWithoutAType() {
        assertThat(problem(null).kind()).isEqualTo("unknown");
        assertThat(problem(" ").kind()).isEqualTo("unknown");
    }

    @Test
    void neverHoldsNullListsOrMaps() {
        ProblemDocument bare = problem("about:blank");

        assertThat(bare.errors()).isEmpty();
        assertThat(bare.extensions()).isEmpty();
    }

    private static ProblemDocument problem(String type) {
        return new ProblemDocument(type, null, 400, null, null, null);
    }
}
