package jp.kizuna.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.kizuna.localstack.LocalStack;

/**
 * The gateway's targets (issue 21), judged on the ratios of one run's gateway-overhead levels and
 * reported, never asserted: the gateway's CPU per request against the service's own, the service's CPU
 * per request through the gateway against direct, the throughput ratio at 16 and 64 connections (and
 * against nginx's at 64), and the p50 the gateway adds at 4 connections. Also the concerns a profile's
 * samples are sorted into.
 */
final class OverheadTargets {

    /** Where the gateway's CPU goes, by the packages and classes of each concern. */
    static final Map<String, List<String>> GATEWAY_CONCERNS = concerns(
            "token decoding and validation", List.of("org.springframework.security.oauth2", "com.nimbusds"),
            "security filter chain", List.of("org.springframework.security.web"),
            "route matching", List.of("org.springframework.cloud.gateway.handler", "org.springframework.cloud.gateway.support.ServerWebExchangeUtils"),
            "documented-routes check", List.of("jp.kizuna.gateway.docs"),
            "API keys", List.of("jp.kizuna.gateway.apikey"),
            "rate limits", List.of("jp.kizuna.gateway.ratelimit"),
            "breaker, retry, bulkhead, time limiter", List.of("io.github.resilience4j", "org.springframework.cloud.circuitbreaker",
                    "org.springframework.cloud.gateway.filter.factory.SpringCloudCircuitBreakerFilterFactory",
                    "org.springframework.cloud.gateway.filter.factory.RetryGatewayFilterFactory", "reactor.util.retry",
                    "jp.kizuna.gateway.resilience"),
            "trace ids and correlation", List.of("jp.kizuna.gateway.tracing", "io.micrometer.tracing", "io.micrometer.observation"),
            "metrics", List.of("io.micrometer.core", "org.springframework.cloud.gateway.filter.GatewayMetricsFilter"),
            "access log and logging", List.of("ch.qos.logback", "org.slf4j", "reactor.netty.http.server.logging"),
            "header copying and filters", List.of("org.springframework.cloud.gateway.filter.headers", "org.springframework.http.HttpHeaders",
                    "org.springframework.http.support", "io.netty.handler.codec.http.DefaultHttpHeaders"),
            "HTTP client to the service", List.of("reactor.netty.http.client", "org.springframework.cloud.gateway.filter.NettyRoutingFilter"),
            "compression", List.of("java.util.zip", "io.netty.handler.codec.compression"),
            "regular expressions", List.of("java.util.regex"),
            "JSON", List.of("tools.jackson", "com.fasterxml.jackson"),
            "Netty I/O (epoll, buffers)", List.of("io.netty.channel", "io.netty.buffer", "sun.nio"),
            "Reactor operators", List.of("reactor.core"));

    /** Where a service's CPU goes. */
    static final Map<String, List<String>> SERVICE_CONCERNS = concerns(
            "token decoding and validation", List.of("org.springframework.security.oauth2", "com.nimbusds"),
            "security filter chain", List.of("org.springframework.security.web", "org.springframework.security.authorization"),
            "MongoDB driver", List.of("com.mongodb", "org.bson"),
            "Spring Data mapping", List.of("org.springframework.data"),
            "JSON", List.of("tools.jackson", "com.fasterxml.jackson"),
            "Kizuna's own code", List.of("jp.kizuna."),
            "trace ids and correlation", List.of("jp.kizuna.platform.web.RequestCorrelationFilter", "io.micrometer.tracing",
                    "io.micrometer.observation"),
            "metrics", List.of("io.micrometer.core"),
            "logging", List.of("ch.qos.logback", "org.slf4j"),
            "regular expressions", List.of("java.util.regex"),
            "Spring MVC dispatch", List.of("org.springframework.web.servlet", "org.springframework.web.method"),
            "Tomcat", List.of("org.apache.catalina", "org.apache.coyote", "org.apache.tomcat"));

    private OverheadTargets() {
    }

    private static Map<String, List<String>> concerns(Object... pairs) {
        Map<String, List<String>> concerns = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            @SuppressWarnings("unchecked")
            List<String> prefixes = (List<String>) pairs[i + 1];
            concerns.put((String) pairs[i], prefixes);
        }
        return concerns;
    }

    /** Each target with the run's value and whether it was met (absent figures are left out). */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> judge(List<Map<String, Object>> levels) {
        List<Map<String, Object>> targets = new ArrayList<>();
        for (Map<String, Object> level : levels) {
            int connections = ((Number) level.get("connections")).intValue();
            Map<String, Object> direct = (Map<String, Object>) level.get("direct");
            Map<String, Object> gateway = (Map<String, Object>) level.get("gateway");
            Map<String, Double> directCpu = (Map<String, Double>) direct.get("cpu_ms_per_request");
            Map<String, Double> gatewayCpu = (Map<String, Double>) gateway.get("cpu_ms_per_request");
            Double serviceAlone = directCpu.get(LocalStack.REGISTRY);
            if (serviceAlone != null && serviceAlone > 0) {
                Double gatewayOwn = gatewayCpu.get(LocalStack.GATEWAY);
                if (gatewayOwn != null) {
                    targets.add(atMost("gateway CPU per request / the service's own, " + connections + " connections",
                            gatewayOwn / serviceAlone, 0.35));
                }
                Double serviceBehind = gatewayCpu.get(LocalStack.REGISTRY);
                if (serviceBehind != null) {
                    targets.add(atMost("service CPU per request through the gateway / direct, " + connections + " connections",
                            serviceBehind / serviceAlone, 1.1));
                }
            }
            double throughput = rate(gateway) / Math.max(rate(direct), 1);
            if (connections >= 16) {
                targets.add(atLeast("gateway req/s / direct, " + connections + " connections", throughput, 0.8));
            }
            Map<String, Object> nginx = (Map<String, Object>) level.get("nginx");
            if (connections >= 64 && nginx != null) {
                targets.add(atLeast("gateway req/s / nginx req/s, " + connections + " connections",
                        rate(gateway) / Math.max(rate(nginx), 1), 1.0));
            }
            if (connections <= 4) {
                targets.add(atMost("p50 the gateway adds (ms), " + connections + " connections",
                        ((Number) gateway.get("p50_ms")).doubleValue() - ((Number) direct.get("p50_ms")).doubleValue(), 2.0));
            }
        }
        return targets;
    }

    private static double rate(Map<String, Object> run) {
        return ((Number) run.get("requests_per_s")).doubleValue();
    }

    private static Map<String, Object> atMost(String name, double value, double target) {
        return target(name, value, "≤ " + target, value <= target);
    }

    private static Map<String, Object> atLeast(String name, double value, double target) {
        return target(name, value, "≥ " + target, value >= target);
    }

    private static Map<String, Object> target(String name, double value, String target, boolean met) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("target", name);
        row.put("value", Math.round(value * 100.0) / 100.0);
        row.put("goal", target);
        row.put("met", met);
        return row;
    }
}
