package jp.kizuna.web.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class PageNumbersTest {

    @Test
    void readsAPageNumberFromTheAddress() {
        assertThat(PageNumbers.parse("3")).isEqualTo(3);
        assertThat(PageNumbers.parse(" 3 ")).isEqualTo(3);
    }

    @Test
    void acceptsTheFirstAndTheLastPage() {
        assertThat(PageNumbers.parse("0")).isZero();
        assertThat(PageNumbers.parse("10000")).isEqualTo(10_000);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "-1", "10001", "99999999999", "abc", "1e3", "1.5"})
    void showsTheFirstPageForAnythingElse(String page) {
        assertThat(PageNumbers.parse(page)).isZero();
    }
}
