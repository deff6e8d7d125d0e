package jp.kizuna.deploy;

import static jp.kizuna.deploy.HelmChartTest.CHART;
import static jp.kizuna.deploy.HelmChartTest.ROOT;
import static jp.kizuna.deploy.HelmChartTest.named;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import org.junit.jupiter.api.Test;

/**
 * The platform's Grafana dashboard (helm/kizuna/dashboards/kizuna.json): a dashboard Grafana can load, whose
 * every query reads a series the platform publishes and documents (docs/operations.md, "Metrics"), shipped by the
 * chart for Grafana's dashboard sidecar when a city asks for it.
 */
class GrafanaDashboardTest {

    static final Path DASHBOARD = CHART.resolve("dashboards/kizuna.json");
    static final ObjectMapper JSON = new ObjectMapper();
    /** A series name in a query: the platform's, Spring Cloud Gateway's, Spring's, Kafka's and the JVM's. */
    static final Pattern SERIES = Pattern.compile("\\b((?:kizuna|spring_cloud_gateway|http_server|kafka_consumer|jvm)_[a-z0-9_]+)");
    /** What Prometheus adds to a meter's name for its parts. */
    static final Pattern PARTS = Pattern.compile("_(bucket|count|sum|max|total)$");

    static JsonNode dashboard() throws IOException {
        return JSON.readTree(DASHBOARD.toFile());
    }

    @Test
    void isADashboardGrafanaLoadsWithUniquePanelsOnTheDatasourceChosenAtImport() throws IOException {
        JsonNode dashboard = dashboard();

        assertThat(dashboard.get("uid").asText()).isEqualTo("kizuna-overview");
        assertThat(dashboard.get("schemaVersion").asInt()).isGreaterThanOrEqualTo(36);
        assertThat(dashboard.get("timezone").asText()).isEqualTo("Asia/Tokyo");
        Set<Integer> ids = new HashSet<>();
        for (JsonNode panel : dashboard.get("panels")) {
            assertThat(ids.add(panel.get("id").asInt())).as("panel id %s is unique", panel.get("id")).isTrue();
            assertThat(panel.get("title").asText()).isNotBlank();
            assertThat(panel.get("datasource").get("uid").asText()).isEqualTo("${datasource}");
            assertThat(panel.get("targets")).isNotEmpty();
            for (JsonNode target : panel.get("targets")) {
                assertThat(target.get("expr").asText()).as(panel.get("title").asText()).contains("namespace=\"$namespace\"");
            }
        }
        assertThat(ids).hasSizeGreaterThanOrEqualTo(10);
    }

    @Test
    void everyQueryReadsASeriesThePlatformDocuments() throws IOException {
        String operations = Files.readString(ROOT.resolve("docs/operations.md"));
        Set<String> documented = meters(operations);
        Set<String> queried = new TreeSet<>();
        for (JsonNode panel : dashboard().get("panels")) {
            for (JsonNode target : panel.get("targets")) {
                queried.addAll(meters(target.get("expr").asText()));
            }
        }

        assertThat(queried).isNotEmpty();
        assertThat(documented).containsAll(queried);
    }

    @Test
    void theChartShipsItForGrafanasSidecarOnlyWhenAsked() throws IOException {
        List<HasMetadata> asked = WebWorkloadTest.render(null, Map.of("grafanaDashboard.enabled", true));
        ConfigMap shipped = named(asked, ConfigMap.class, "kizuna-grafana-dashboard");

        assertThat(shipped.getMetadata().getLabels()).containsEntry("grafana_dashboard", "1");
        assertThat(JSON.readTree(shipped.getData().get("kizuna.json"))).isEqualTo(dashboard());
        assertThat(WebWorkloadTest.render(null, Map.of())).noneMatch(object -> object instanceof ConfigMap
                && object.getMetadata().getName().endsWith("grafana-dashboard"));
    }

    /** The meters a text names, each without the parts Prometheus adds ({@code _bucket}, {@code _total} …). */
    static Set<String> meters(String text) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = SERIES.matcher(text);
        while (matcher.find()) {
            names.add(PARTS.matcher(matcher.group(1)).replaceAll(""));
        }
        return names;
    }
}
