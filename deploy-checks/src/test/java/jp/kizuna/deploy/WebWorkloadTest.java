package jp.kizuna.deploy;

import static jp.kizuna.deploy.HelmChartTest.CHART;
import static jp.kizuna.deploy.HelmChartTest.KUBE_VERSION;
import static jp.kizuna.deploy.HelmChartTest.WEB_CLIENT_SECRET_FILE;
import static jp.kizuna.deploy.HelmChartTest.all;
import static jp.kizuna.deploy.HelmChartTest.named;
import static jp.kizuna.deploy.HelmChartTest.peerIsNamespace;
import static jp.kizuna.deploy.HelmChartTest.peerIsWorkload;
import static jp.kizuna.deploy.HelmChartTest.ports;
import static jp.kizuna.deploy.HelmChartTest.scaledOut;
import static jp.kizuna.deploy.HelmChartTest.secretFiles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.marcnuri.helm.Helm;
import com.marcnuri.helm.TemplateCommand;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The web portal as the chart deploys it: one more workload of the shared template (its probes, limits,
 * security context, PDB and Service are checked with the others in {@link HelmChartTest}), configured
 * by its environment contract, reached by the gateway only, reaching only the gateway, the issuer, DNS
 * and, when it runs several pods, the MongoDB that keeps their sessions.
 */
class WebWorkloadTest {

    static JsonNode values;

    @BeforeAll
    static void readValues() throws IOException {
        values = new ObjectMapper(new YAMLFactory()).readTree(CHART.resolve("values.yaml").toFile());
    }

    /** The two profiles, and a small city that only raised the web's replicas (sessions: auto). */
    static Stream<Arguments> layouts() {
        return Stream.of(Arguments.of("small city", null, Map.of()),
                Arguments.of("production", CHART.resolve("values-production.yaml"), Map.of()),
                Arguments.of("small city, two web replicas", null, Map.of("workloads.web.replicas", 2)));
    }

    static List<HasMetadata> render(Path valuesFile, Map<String, Object> set) {
        TemplateCommand template = template();
        if (valuesFile != null) {
            template = template.withValuesFile(valuesFile);
        }
        for (var entry : set.entrySet()) {
            template = template.set(entry.getKey(), entry.getValue());
        }
        return StrictManifests.parse(template.call(), "helm template " + set);
    }

    static TemplateCommand template() {
        return new Helm(CHART).template().withName("kizuna").withNamespace("kizuna").withKubeVersion(KUBE_VERSION);
    }

    static Container web(List<HasMetadata> objects) {
        return named(objects, Deployment.class, "kizuna-web").getSpec().getTemplate().getSpec().getContainers().getFirst();
    }

    static String env(Container container, String name) {
        return container.getEnv().stream().filter(e -> e.getName().equals(name)).map(EnvVar::getValue).findFirst()
                .orElseThrow(() -> new AssertionError("no variable " + name));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layouts")
    void theWebIsConfiguredByItsEnvironmentContract(String layout, Path file, Map<String, Object> set) {
        List<HasMetadata> objects = render(file, set);
        Container web = web(objects);
        Map<String, String> settings = named(objects, ConfigMap.class, "kizuna-web").getData();
        String issuer = values.at("/oidc/issuerUri").asText();
        Service gateway = named(objects, Service.class, "kizuna-gateway");

        assertThat(web.getEnvFrom()).singleElement()
                .satisfies(source -> assertThat(source.getConfigMapRef().getName()).isEqualTo("kizuna-web"));
        assertThat(settings).containsEntry("KIZUNA_ISSUER_URI", issuer)
                .containsEntry("KIZUNA_WEB_CLIENT_ID", "kizuna-web")
                .containsEntry("KIZUNA_SECURE_COOKIES", "true")
                .containsEntry("KIZUNA_ACCOUNT_URL", issuer + "/account")
                .containsEntry("KIZUNA_PUBLIC_API_URL", "http://kizuna-gateway:8080")
                .containsKey("KIZUNA_WEB_SESSIONS");
        assertThat(gateway.getSpec().getPorts()).anySatisfy(port -> {
            assertThat(port.getName()).isEqualTo("http");
            assertThat(port.getPort()).isEqualTo(8080);
        });
        assertThat(env(web, "WEB_PORT")).isEqualTo("8085");
        assertThat(web.getPorts()).singleElement().satisfies(port -> {
            assertThat(port.getName()).isEqualTo("http");
            assertThat(port.getContainerPort()).isEqualTo(8085);
        });
        assertThat(Stream.of(web.getStartupProbe(), web.getLivenessProbe(), web.getReadinessProbe()))
                .as("health on the one port there is").allSatisfy(probe -> assertThat(probe.getHttpGet().getPort().getIntVal()).isEqualTo(8085));
        assertThat(env(web, "SPRING_CONFIG_IMPORT")).isEqualTo("optional:configtree:/etc/kizuna/secrets/");
        assertThat(web.getVolumeMounts()).anySatisfy(mount -> {
            assertThat(mount.getName()).isEqualTo("secrets");
            assertThat(mount.getMountPath()).isEqualTo("/etc/kizuna/secrets");
            assertThat(mount.getReadOnly()).isTrue();
        });
        assertThat(named(objects, Deployment.class, "kizuna-web").getSpec().getTemplate().getSpec().getVolumes())
                .flatExtracting(volume -> volume.getProjected() == null ? List.of() : volume.getProjected().getSources())
                .anySatisfy(source -> {
                    assertThat(source.getSecret().getName()).isEqualTo(values.at("/web/clientSecret/existingSecret").asText());
                    assertThat(source.getSecret().getItems()).singleElement().satisfies(item -> {
                        assertThat(item.getKey()).isEqualTo(values.at("/web/clientSecret/key").asText());
                        assertThat(item.getPath()).isEqualTo(WEB_CLIENT_SECRET_FILE);
                    });
                });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layouts")
    void theWebKeepsItsSessionsInMongoDbWheneverItRunsSeveralPods(String layout, Path file, Map<String, Object> set) {
        List<HasMetadata> objects = render(file, set);
        Map<String, String> settings = named(objects, ConfigMap.class, "kizuna-web").getData();
        List<NetworkPolicyEgressRule> egress = named(objects, NetworkPolicy.class, "kizuna-web").getSpec().getEgress();
        boolean toMongoDb = egress.stream().anyMatch(rule -> rule.getTo().stream()
                .anyMatch(peer -> peerIsNamespace(peer, "kizuna-data")) && ports(rule.getPorts()).equals(List.of(27017)));
        List<String> files = secretFiles(named(objects, Deployment.class, "kizuna-web"));

        if (scaledOut(objects, "web")) {
            assertThat(settings).containsEntry("KIZUNA_WEB_SESSIONS", "mongodb").containsEntry("SPRING_MONGODB_DATABASE", "kizuna_web");
            assertThat(files).contains("spring.mongodb.uri");
            assertThat(toMongoDb).as("the web may reach MongoDB").isTrue();
        } else {
            assertThat(settings).containsEntry("KIZUNA_WEB_SESSIONS", "memory").doesNotContainKey("SPRING_MONGODB_DATABASE");
            assertThat(files).doesNotContain("spring.mongodb.uri");
            assertThat(toMongoDb).as("no MongoDB for sessions in memory").isFalse();
        }
    }

    @Test
    void productionRunsSeveralWebPodsOnSharedSessions() {
        List<HasMetadata> objects = render(CHART.resolve("values-production.yaml"), Map.of());

        assertThat(scaledOut(objects, "web")).isTrue();
        assertThat(named(objects, ConfigMap.class, "kizuna-web").getData()).containsEntry("KIZUNA_WEB_SESSIONS", "mongodb");
    }

    @Test
    void aWebOfSeveralPodsWithSessionsInMemoryIsRefused() {
        var twoReplicas = template().set("workloads.web.sessions", "memory").set("workloads.web.replicas", 2);
        var autoscaled = template().set("workloads.web.sessions", "memory").set("workloads.web.autoscaling.enabled", true);
        var productionInMemory = template().withValuesFile(CHART.resolve("values-production.yaml"))
                .set("workloads.web.sessions", "memory");

        assertThatThrownBy(twoReplicas::call).hasMessageContaining("/workloads/web/sessions");
        assertThatThrownBy(autoscaled::call).hasMessageContaining("/workloads/web/sessions");
        assertThatThrownBy(productionInMemory::call).hasMessageContaining("/workloads/web/sessions");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layouts")
    void onlyTheGatewayMayReachTheWeb(String layout, Path file, Map<String, Object> set) {
        List<HasMetadata> objects = render(file, set);
        List<NetworkPolicyIngressRule> ingress = named(objects, NetworkPolicy.class, "kizuna-web").getSpec().getIngress();

        assertThat(ingress).as("the gateway's pods, and Prometheus for the metrics, on the web's port; nothing else")
                .allSatisfy(rule -> {
                    assertThat(ports(rule.getPorts())).containsExactly(8085);
                    assertThat(rule.getFrom()).singleElement().matches(peer -> peerIsWorkload(peer, objects, "gateway")
                            || peerIsNamespace(peer, values.at("/networkPolicy/monitoringNamespace").asText()));
                })
                .anySatisfy(rule -> assertThat(peerIsWorkload(rule.getFrom().getFirst(), objects, "gateway")).isTrue());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layouts")
    void theWebMayReachOnlyTheGatewayTheIssuerDnsAndItsSessionStore(String layout, Path file, Map<String, Object> set) {
        List<HasMetadata> objects = render(file, set);
        List<String> issuerCidrs = new ArrayList<>();
        values.at("/networkPolicy/apiServerAndIssuerCidrs").forEach(cidr -> issuerCidrs.add(cidr.asText()));

        for (NetworkPolicyEgressRule rule : named(objects, NetworkPolicy.class, "kizuna-web").getSpec().getEgress()) {
            List<NetworkPolicyPeer> to = rule.getTo();
            List<Integer> ports = ports(rule.getPorts());
            if (to.stream().allMatch(peer -> peer.getIpBlock() != null)) {
                assertThat(to).extracting(peer -> peer.getIpBlock().getCidr()).containsExactlyElementsOf(issuerCidrs);
                assertThat(ports).as("the issuer over HTTPS, not the Kubernetes API's 6443").containsExactly(443);
            } else {
                assertThat(to).singleElement().satisfies(peer -> {
                    if (peerIsWorkload(peer, objects, "gateway")) {
                        assertThat(ports).containsExactly(8080);
                    } else if (peerIsNamespace(peer, "kube-system")) {
                        assertThat(ports).containsExactly(53, 53);
                    } else {
                        assertThat(peerIsNamespace(peer, "kizuna-data")).as("a peer other than gateway, issuer, DNS, MongoDB: " + peer)
                                .isTrue();
                        assertThat(scaledOut(objects, "web")).as("MongoDB only for the sessions of several pods").isTrue();
                        assertThat(ports).as("MongoDB, never Kafka").containsExactly(27017);
                    }
                });
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layouts")
    void theGatewayRoutesThePagesToTheWebAndTheWebCallsTheApiThroughIt(String layout, Path file, Map<String, Object> set) {
        List<HasMetadata> objects = render(file, set);
        Container gateway = named(objects, Deployment.class, "kizuna-gateway").getSpec().getTemplate().getSpec().getContainers()
                .getFirst();
        NetworkPolicy gatewayPolicy = named(objects, NetworkPolicy.class, "kizuna-gateway");

        assertThat(env(gateway, "WEB_URL")).isEqualTo("http://kizuna-web:8085");
        assertThat(gatewayPolicy.getSpec().getEgress()).as("the gateway may call the web")
                .anySatisfy(rule -> {
                    assertThat(rule.getTo()).singleElement().matches(peer -> peerIsWorkload(peer, objects, "web"));
                    assertThat(ports(rule.getPorts())).containsExactly(8085);
                });
        assertThat(gatewayPolicy.getSpec().getIngress()).as("the web's API calls may reach the gateway")
                .anySatisfy(rule -> {
                    assertThat(rule.getFrom()).singleElement().matches(peer -> peerIsWorkload(peer, objects, "web"));
                    assertThat(ports(rule.getPorts())).containsExactly(8080);
                });
    }

    @Test
    void aChangedSettingRollsTheWebsPodsSinceItReadsThemOnlyAtStart() {
        String before = checksum(render(null, Map.of()));
        String again = checksum(render(null, Map.of()));
        String changed = checksum(render(null, Map.of("web.accountUrl", "https://id.city.example/account")));

        assertThat(again).isEqualTo(before);
        assertThat(changed).isNotEqualTo(before);
    }

    @Test
    void extraSpringConfigurationReachesTheWebAsApplicationJson() {
        List<HasMetadata> objects = render(null, Map.of("workloads.web.config.kizuna.web.api-timeout", "5s"));

        assertThat(named(objects, ConfigMap.class, "kizuna-web").getData())
                .containsEntry("SPRING_APPLICATION_JSON", "{\"kizuna\":{\"web\":{\"api-timeout\":\"5s\"}}}");
    }

    @Test
    void theWebNeedsTheGatewayItIsServedBehind() {
        var withoutGateway = template().set("workloads.gateway.enabled", false);
        List<HasMetadata> neither = render(null, Map.of("workloads.gateway.enabled", false, "workloads.web.enabled", false));

        assertThatThrownBy(withoutGateway::call).hasMessageContaining("workloads.web needs the gateway");
        assertThat(all(neither, Deployment.class)).extracting(d -> d.getMetadata().getName()).doesNotContain("kizuna-web", "kizuna-gateway");
    }

    static String checksum(List<HasMetadata> objects) {
        return named(objects, Deployment.class, "kizuna-web").getSpec().getTemplate().getMetadata().getAnnotations()
                .get("checksum/config");
    }
}
