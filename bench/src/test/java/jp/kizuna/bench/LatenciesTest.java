package jp.kizuna.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

/** Percentiles are the nearest-rank values of the sorted sample, in milliseconds. */
class LatenciesTest {

    final long[] oneToAHundredMillis = LongStream.rangeClosed(1, 100).map(ms -> ms * 1_000_000).toArray();

    @Test
    void nearestRankPercentiles() {
        assertThat(Latencies.percentile(oneToAHundredMillis, 50)).isEqualTo(50_000_000);
        assertThat(Latencies.percentile(oneToAHundredMillis, 99)).isEqualTo(99_000_000);
        assertThat(Latencies.percentile(oneToAHundredMillis, 99.9)).isEqualTo(100_000_000);
        assertThat(Latencies.percentile(new long[0], 50)).isZero();
    }

    @Test
    void theSummaryIsInMillisecondsAndRatiosAreRounded() {
        assertThat(Latencies.summary(oneToAHundredMillis)).containsEntry("count", 100).containsEntry("p50_ms", 50.0)
                .containsEntry("p99_ms", 99.0).containsEntry("max_ms", 100.0);
        assertThat(Latencies.ratio(3, 2)).isEqualTo(1.5);
        assertThat(Latencies.ratio(1, 0)).isZero();
    }
}
