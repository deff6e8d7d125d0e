package jp.kizuna.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The gateway's targets judged from one run's levels: CPU per request against the service's own,
 * the service's CPU through the gateway against direct, throughput at 16 and 64 connections, against
 * nginx at 64, and the p50 added at 4.
 */
class OverheadTargetsTest {

    @Test
    void judgesEachTargetOnTheRunsOwnRatios() {
        List<Map<String, Object>> levels = List.of(
                level(4, run(600, 1.0, Map.of("organization-registry", 1.2)),
                        run(400, 3.5, Map.of("gateway", 0.3, "organization-registry", 1.3)), null),
                level(64, run(2000, 10, Map.of("organization-registry", 1.0)),
                        run(1700, 12, Map.of("gateway", 0.5, "organization-registry", 1.05)), run(1800, 11, Map.of())));

        List<Map<String, Object>> targets = OverheadTargets.judge(levels);

        assertThat(targets).extracting(t -> t.get("target") + " = " + t.get("value") + " " + t.get("met")).containsExactly(
                "gateway CPU per request / the service's own, 4 connections = 0.25 true",
                "service CPU per request through the gateway / direct, 4 connections = 1.08 true",
                "p50 the gateway adds (ms), 4 connections = 2.5 false",
                "gateway CPU per request / the service's own, 64 connections = 0.5 false",
                "service CPU per request through the gateway / direct, 64 connections = 1.05 true",
                "gateway req/s / direct, 64 connections = 0.85 true",
                "gateway req/s / nginx req/s, 64 connections = 0.94 false");
    }

    @Test
    void aLevelWithoutCpuFiguresIsJudgedOnThroughputAlone() {
        List<Map<String, Object>> levels = List.of(level(16, run(1000, 5, Map.of()), run(900, 6, Map.of()), null));

        assertThat(OverheadTargets.judge(levels)).extracting(t -> t.get("target"))
                .containsExactly("gateway req/s / direct, 16 connections");
    }

    private static Map<String, Object> level(int connections, Map<String, Object> direct, Map<String, Object> gateway,
                                             Map<String, Object> nginx) {
        Map<String, Object> level = new LinkedHashMap<>();
        level.put("connections", connections);
        level.put("direct", direct);
        level.put("gateway", gateway);
        if (nginx != null) {
            level.put("nginx", nginx);
        }
        return level;
    }

    private static Map<String, Object> run(long requestsPerSecond, double p50, Map<String, Double> cpu) {
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("requests_per_s", requestsPerSecond);
        run.put("p50_ms", p50);
        run.put("cpu_ms_per_request", cpu);
        return run;
    }
}
