package jp.kizuna.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The benchmark's stack moves every port by its offset; a port pushed past 65535 wraps to just above 1024. */
class BenchStackTest {

    @Test
    void portsMoveByTheOffset() {
        assertThat(BenchStack.shifted(8080, 30000)).isEqualTo(38080);
        assertThat(BenchStack.shifted(9093, 50000)).isEqualTo(59093);
    }

    @Test
    void aPortPastTheTopWrapsToJustAbove1024() {
        // MongoDB's 27017 + 50000 = 77017, 11481 past 65535
        assertThat(BenchStack.shifted(27017, 50000)).isEqualTo(12505);
        assertThat(BenchStack.shifted(65535, 1)).isEqualTo(1024);
    }

    @Test
    void refusesAnOffsetThatCannotBeWrapped() {
        assertThatThrownBy(() -> BenchStack.shifted(8080, -1)).hasMessageContaining("KIZUNA_BENCH_PORT_OFFSET=-1");
        assertThatThrownBy(() -> BenchStack.shifted(8080, 64512)).hasMessageContaining("between 0 and 64511");
    }
}
