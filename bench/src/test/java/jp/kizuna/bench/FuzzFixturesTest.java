package jp.kizuna.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** Path values are percent-encoded as one segment, byte by byte; a lone surrogate goes as invalid UTF-8. */
class FuzzFixturesTest {

    @Test
    void everythingButTheUnreservedCharactersIsPercentEncoded() {
        assertThat(FuzzFixtures.encode("a-b_c.d~e")).isEqualTo("a-b_c.d~e");
        assertThat(FuzzFixtures.encode("a/b c%")).isEqualTo("a%2Fb%20c%25");
        assertThat(FuzzFixtures.encode("湊")).isEqualTo("%E6%B9%8A");
        assertThat(FuzzFixtures.encode("𠮷")).isEqualTo("%F0%A0%AE%B7");
        assertThat(FuzzFixtures.encode("\u0000")).isEqualTo("%00");
    }

    @Test
    void aLoneSurrogateIsSentAsTheThreeBytesUtf8Forbids() {
        assertThat(FuzzFixtures.encode("a\uD800")).isEqualTo("a%ED%A0%80");
        assertThat(FuzzFixtures.encode("\uDFFF")).isEqualTo("%ED%BF%BF");
    }

    @Test
    void aTemplateGetsItsValuesEncoded() {
        assertThat(FuzzFixtures.expand("/api/x/{id}/y/{fiscalYear}", Map.of("id", "a b", "fiscalYear", "2024")))
                .isEqualTo("/api/x/a%20b/y/2024");
    }
}
