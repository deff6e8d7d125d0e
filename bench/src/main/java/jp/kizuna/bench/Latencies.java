package jp.kizuna.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Percentiles of a set of durations, in milliseconds. */
final class Latencies {

    private Latencies() {
    }

    static Map<String, Object> summary(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("count", sorted.length);
        summary.put("p50_ms", ms(percentile(sorted, 50)));
        summary.put("p90_ms", ms(percentile(sorted, 90)));
        summary.put("p99_ms", ms(percentile(sorted, 99)));
        summary.put("max_ms", ms(sorted.length == 0 ? 0 : sorted[sorted.length - 1]));
        return summary;
    }

    static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    static double ms(long nanos) {
        return Math.round(nanos / 10_000.0) / 100.0;
    }

    static double ratio(double value, double baseline) {
        return baseline == 0 ? 0 : Math.round(value / baseline * 100.0) / 100.0;
    }
}
