package jp.kizuna.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import com.marcnuri.helm.DryRun;
import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import io.fabric8.kubernetes.api.model.rbac.Subject;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The chart as city IT installs it, checked without a cluster: Helm's own lint and template (which
 * validates the values against values.schema.json) for the small-city and the production profile,
 * every rendered object typed strictly, and the policies every workload must meet.
 */
class HelmChartTest {

    static final Path ROOT = Path.of(System.getProperty("kizuna.root", "..")).toAbsolutePath().normalize();
    static final Path CHART = ROOT.resolve("helm/kizuna");
    /** The oldest Kubernetes the chart supports (Chart.yaml kubeVersion). */
    static final String KUBE_VERSION = "1.27.0";
    static final List<String> WORKLOADS = List.of("gateway", "organization-registry", "kpi-evaluation", "subsidy-budget",
            "events-workshops", "web");
    /** The file the web reads its client secret from (a config tree: the file name is the property). */
    static final String WEB_CLIENT_SECRET_FILE = "spring.security.oauth2.client.registration.kizuna.client-secret";

    static Stream<Arguments> profiles() {
        return Stream.of(Arguments.of("small city", null), Arguments.of("production", CHART.resolve("values-production.yaml")));
    }

    static List<HasMetadata> render(Path valuesFile) {
        var template = new Helm(CHART).template().withName("kizuna").withNamespace("kizuna").withKubeVersion(KUBE_VERSION);
        if (valuesFile != null) {
            template = template.withValuesFile(valuesFile);
        }
        return StrictManifests.parse(template.call(), "helm template " + (valuesFile == null ? "" : valuesFile.getFileName()));
    }

    static <T extends HasMetadata> List<T> all(List<HasMetadata> objects, Class<T> kind) {
        return objects.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    static boolean selects(Map<String, String> selector, Map<String, String> labels) {
        return selector != null && !selector.isEmpty() && labels.entrySet().containsAll(selector.entrySet());
    }

    static <T extends HasMetadata> T named(List<HasMetadata> objects, Class<T> kind, String name) {
        return all(objects, kind).stream().filter(o -> o.getMetadata().getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind.getSimpleName() + " " + name));
    }

    static Map<String, String> podLabels(List<HasMetadata> objects, String workload) {
        return named(objects, Deployment.class, "kizuna-" + workload).getSpec().getTemplate().getMetadata().getLabels();
    }

    /** The file names (config-tree properties) a Deployment's projected Secrets give its container. */
    static List<String> secretFiles(Deployment d) {
        return d.getSpec().getTemplate().getSpec().getVolumes().stream()
                .filter(volume -> volume.getProjected() != null)
                .flatMap(volume -> volume.getProjected().getSources().stream())
                .filter(source -> source.getSecret() != null)
                .flatMap(source -> source.getSecret().getItems().stream())
                .map(item -> item.getPath()).toList();
    }

    static boolean peerIsWorkload(NetworkPolicyPeer peer, List<HasMetadata> objects, String workload) {
        return peer.getPodSelector() != null && peer.getNamespaceSelector() == null && peer.getIpBlock() == null
                && selects(peer.getPodSelector().getMatchLabels(), podLabels(objects, workload));
    }

    static boolean peerIsNamespace(NetworkPolicyPeer peer, String namespace) {
        return peer.getNamespaceSelector() != null && peer.getPodSelector() == null
                && namespace.equals(peer.getNamespaceSelector().getMatchLabels().get("kubernetes.io/metadata.name"));
    }

    static List<Integer> ports(List<NetworkPolicyPort> ports) {
        return ports.stream().map(port -> port.getPort().getIntVal()).toList();
    }

    static boolean scaledOut(List<HasMetadata> objects, String workload) {
        Deployment d = named(objects, Deployment.class, "kizuna-" + workload);
        return (d.getSpec().getReplicas() != null && d.getSpec().getReplicas() > 1) || all(objects, HorizontalPodAutoscaler.class)
                .stream().anyMatch(hpa -> hpa.getSpec().getScaleTargetRef().getName().equals(d.getMetadata().getName()));
    }

    @Test
    void helmLintFindsNothing() {
        LintResult lint = new Helm(CHART).lint().strict().call();

        assertThat(lint.isFailed()).as(String.join("\n", lint.getMessages())).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("profiles")
    void oneDeploymentPerWorkloadEachWithItsServicePdbAndNetworkPolicy(String profile, Path values) {
        List<HasMetadata> objects = render(values);
        List<Deployment> deployments = all(objects, Deployment.class);

        assertThat(deployments).extracting(d -> d.getMetadata().getName())
                .containsExactlyInAnyOrderElementsOf(WORKLOADS.stream().map(w -> "kizuna-" + w).toList());
        for (Deployment deployment : deployments) {
            Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
            assertThat(all(objects, PodDisruptionBudget.class)).as("PDB of " + deployment.getMetadata().getName())
                    .anyMatch(pdb -> selects(pdb.getSpec().getSelector().getMatchLabels(), podLabels));
            assertThat(all(objects, NetworkPolicy.class)).as("NetworkPolicy of " + deployment.getMetadata().getName())
                    .anyMatch(np -> selects(np.getSpec().getPodSelector().getMatchLabels(), podLabels));
            assertThat(all(objects, io.fabric8.kubernetes.api.model.Service.class)).as("Service")
                    .anyMatch(s -> selects(s.getSpec().getSelector(), podLabels));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("profiles")
    void everyContainerHasProbesLimitsAndARestrictedSecurityContext(String profile, Path values) {
        List<HasMetadata> objects = render(values);
        List<PodSpec> pods = Stream.concat(all(objects, Deployment.class).stream().map(d -> d.getSpec().getTemplate().getSpec()),
                all(objects, Pod.class).stream().map(Pod::getSpec)).toList();

        assertThat(pods).isNotEmpty();
        for (PodSpec pod : pods) {
            assertThat(pod.getSecurityContext().getSeccompProfile().getType()).isEqualTo("RuntimeDefault");
            assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
            for (Container c : pod.getContainers()) {
                String name = c.getName();
                assertThat(c.getResources().getLimits()).as(name + " limits").containsKeys("cpu", "memory");
                assertThat(c.getResources().getRequests()).as(name + " requests").containsKeys("cpu", "memory");
                assertThat(c.getSecurityContext().getRunAsNonRoot()).as(name + " non-root").isTrue();
                assertThat(c.getSecurityContext().getReadOnlyRootFilesystem()).as(name + " read-only root").isTrue();
                assertThat(c.getSecurityContext().getAllowPrivilegeEscalation()).as(name).isFalse();
                assertThat(c.getSecurityContext().getCapabilities().getDrop()).as(name).containsExactly("ALL");
                assertThat(c.getImage()).as(name + " image").matches("[^@]+:[A-Za-z0-9._-]+").doesNotEndWith(":latest");
            }
        }
        for (Deployment d : all(objects, Deployment.class)) {
            Container c = d.getSpec().getTemplate().getSpec().getContainers().getFirst();
            assertThat(c.getStartupProbe()).as(d.getMetadata().getName() + " startup probe").isNotNull();
            assertThat(c.getLivenessProbe().getHttpGet().getPath()).isEqualTo("/actuator/health/liveness");
            assertThat(c.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/actuator/health/readiness");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("profiles")
    void secretsAreNeverInlined(String profile, Path values) {
        List<HasMetadata> objects = render(values);

        assertThat(all(objects, Secret.class)).isEmpty();
        for (Deployment d : all(objects, Deployment.class)) {
            Container container = d.getSpec().getTemplate().getSpec().getContainers().getFirst();
            for (EnvVar env : container.getEnv()) {
                assertThat(env.getName()).as("a secret-looking variable with an inline value")
                        .doesNotContainIgnoringCase("PASSWORD").doesNotContainIgnoringCase("SECRET")
                        .doesNotContainIgnoringCase("MONGODB_URI");
                assertThat(Optional.ofNullable(env.getValue()).orElse("")).doesNotContain("mongodb://", "mongodb+srv://");
                assertThat(env.getValueFrom() == null || env.getValueFrom().getSecretKeyRef() == null)
                        .as(env.getName() + ": Secrets are mounted as files, never passed as variables").isTrue();
            }
            for (EnvFromSource source : Optional.ofNullable(container.getEnvFrom()).orElse(List.of())) {
                assertThat(source.getSecretRef()).as(d.getMetadata().getName() + ": no Secret as variables").isNull();
            }
        }
        for (ConfigMap config : all(objects, ConfigMap.class)) {
            config.getData().forEach((key, value) -> {
                assertThat(key).as(config.getMetadata().getName() + ": a secret-looking key in a ConfigMap")
                        .doesNotContainIgnoringCase("PASSWORD").doesNotContainIgnoringCase("SECRET");
                assertThat(value).as(config.getMetadata().getName() + " " + key)
                        .doesNotContain("mongodb://", "mongodb+srv://", "client-secret", "BEGIN PRIVATE KEY");
            });
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("profiles")
    void eachWorkloadGetsOnlyTheSecretsItNeeds(String profile, Path values) {
        List<HasMetadata> objects = render(values);
        for (Deployment d : all(objects, Deployment.class)) {
            List<String> secretFiles = secretFiles(d);
            String name = d.getMetadata().getName();
            if (name.equals("kizuna-gateway")) {
                assertThat(secretFiles).as(name).containsExactly("kizuna.edge.api-keys.signing-key");
            } else if (name.equals("kizuna-web")) {
                // the MongoDB URI only for a session store in MongoDB, never the gateway's keys
                assertThat(secretFiles).as(name).containsExactlyInAnyOrderElementsOf(scaledOut(objects, "web")
                        ? List.of(WEB_CLIENT_SECRET_FILE, "spring.mongodb.uri") : List.of(WEB_CLIENT_SECRET_FILE));
            } else {
                assertThat(secretFiles).as(name)
                        .containsExactlyInAnyOrder("spring.mongodb.uri", "kizuna.security.gateway-token.public-key");
            }
        }
    }

    @Test
    void theSchemaRejectsWrongValuesBeforeAnythingIsRendered() {
        var latest = new Helm(CHART).template().withName("kizuna").withNamespace("kizuna").withKubeVersion(KUBE_VERSION)
                .set("global.imageTag", "latest");
        var typo = new Helm(CHART).template().withName("kizuna").withNamespace("kizuna").withKubeVersion(KUBE_VERSION)
                .set("workloads.gateway.replicaCount", 2);
        var inlineUri = new Helm(CHART).template().withName("kizuna").withNamespace("kizuna").withKubeVersion(KUBE_VERSION)
                .set("mongodb.uri", "mongodb://user:pass@db:27017");
        var inlineClientSecret = new Helm(CHART).template().withName("kizuna").withNamespace("kizuna")
                .withKubeVersion(KUBE_VERSION).set("web.clientSecret.value", "s3cret");
        var noClientSecret = new Helm(CHART).template().withName("kizuna").withNamespace("kizuna").withKubeVersion(KUBE_VERSION)
                .set("web.clientSecret.existingSecret", "");
        var unknownRole = new Helm(CHART).template().withName("kizuna").withNamespace("kizuna").withKubeVersion(KUBE_VERSION)
                .set("workloads.web.role", "frontend");

        assertThatThrownBy(latest::call).hasMessageContaining("imageTag");
        assertThatThrownBy(typo::call).hasMessageContaining("replicaCount");
        assertThatThrownBy(inlineUri::call).hasMessageContaining("uri");
        assertThatThrownBy(inlineClientSecret::call).hasMessageContaining("/web/clientSecret").hasMessageContaining("value");
        assertThatThrownBy(noClientSecret::call).hasMessageContaining("/web/clientSecret/existingSecret");
        assertThatThrownBy(unknownRole::call).hasMessageContaining("/workloads/web/role");
    }

    @Test
    void theSmallCityRunsOneReplicaOfEachWithoutAutoscaling() {
        List<HasMetadata> objects = render(null);

        assertThat(all(objects, Deployment.class)).allSatisfy(d -> assertThat(d.getSpec().getReplicas()).isEqualTo(1));
        assertThat(all(objects, HorizontalPodAutoscaler.class)).isEmpty();
        assertThat(all(objects, PodDisruptionBudget.class))
                .allSatisfy(pdb -> assertThat(pdb.getSpec().getMaxUnavailable().getIntVal()).isEqualTo(1));
    }

    @Test
    void productionAutoscalesKeepsPodsUpInDrainsAndIsScraped() {
        List<HasMetadata> objects = render(CHART.resolve("values-production.yaml"));

        assertThat(all(objects, HorizontalPodAutoscaler.class)).hasSize(WORKLOADS.size())
                .allSatisfy(hpa -> assertThat(hpa.getSpec().getMinReplicas()).isGreaterThanOrEqualTo(2));
        assertThat(all(objects, PodDisruptionBudget.class))
                .allSatisfy(pdb -> assertThat(pdb.getSpec().getMinAvailable().getIntVal()).isGreaterThanOrEqualTo(1));
        assertThat(all(objects, ServiceMonitor.class)).hasSize(WORKLOADS.size())
                .allSatisfy(sm -> assertThat(sm.getSpec().getEndpoints().getFirst().getPath()).isEqualTo("/actuator/prometheus"));
    }

    @Test
    void theGatewayIsTheOnlyWayInForEveryPathAndItsActuatorStaysInside() {
        List<HasMetadata> objects = render(null);
        Ingress ingress = all(objects, Ingress.class).getFirst();

        assertThat(ingress.getSpec().getTls()).isNotEmpty();
        assertThat(ingress.getSpec().getRules().getFirst().getHttp().getPaths()).singleElement().satisfies(path -> {
            assertThat(path.getPath()).isEqualTo("/");
            assertThat(path.getPathType()).isEqualTo("Prefix");
            assertThat(path.getBackend().getService().getName()).isEqualTo("kizuna-gateway");
            assertThat(path.getBackend().getService().getPort().getName()).isEqualTo("http");
        });
        NetworkPolicy registry = all(objects, NetworkPolicy.class).stream()
                .filter(np -> np.getMetadata().getName().equals("kizuna-organization-registry")).findFirst().orElseThrow();
        assertThat(registry.getSpec().getIngress().getFirst().getFrom().getFirst().getPodSelector().getMatchLabels())
                .containsEntry("app.kubernetes.io/name", "gateway");
    }

    @Test
    void theApiDocumentsNameThePublicHostAsTheirServer() {
        List<HasMetadata> objects = render(null);

        for (String service : WORKLOADS.stream().filter(w -> !w.equals("web") && !w.equals("gateway")).toList()) {
            String config = named(objects, io.fabric8.kubernetes.api.model.ConfigMap.class, "kizuna-" + service)
                    .getData().get("application.yaml");
            assertThat(config).as(service).contains("public-url: https://kizuna.city.aizuwakamatsu.example");
        }
    }

    @Test
    void theWorkloadsMayReadConfigMapsAndNothingElseAndTheWebNotEvenThat() {
        List<HasMetadata> objects = render(null);
        Role role = all(objects, Role.class).getFirst();

        assertThat(role.getRules()).singleElement().satisfies(rule -> {
            assertThat(rule.getResources()).containsExactly("configmaps");
            assertThat(rule.getVerbs()).containsExactlyInAnyOrder("get", "list", "watch");
        });
        assertThat(all(objects, RoleBinding.class).getFirst().getSubjects()).extracting(Subject::getName)
                .containsExactlyInAnyOrderElementsOf(WORKLOADS.stream().filter(w -> !w.equals("web")).map(w -> "kizuna-" + w).toList());
        assertThat(named(objects, ServiceAccount.class, "kizuna-web").getAutomountServiceAccountToken())
                .as("the web gets no Kubernetes API token").isFalse();
    }

    /**
     * {@code helm template} leaves hooks out, so the test hook is rendered from a copy of the chart
     * in which it is an ordinary object; the original must carry the hook annotation.
     */
    @Test
    void helmTestChecksThatTheGatewayAnswers(@TempDir Path copy) throws IOException {
        Path hook = CHART.resolve("templates/tests/gateway-test.yaml");
        assertThat(Files.readString(hook)).contains("helm.sh/hook: test");
        copyChart(copy);
        Path copied = copy.resolve("templates/tests/gateway-test.yaml");
        Files.writeString(copied, Files.readString(copied).replaceAll("(?m)^\\s*helm\\.sh/hook.*$", ""));

        List<HasMetadata> objects = StrictManifests.parse(new Helm(copy).template().withName("kizuna").withNamespace("kizuna")
                .withKubeVersion(KUBE_VERSION).call(), "the test hook");

        Pod test = all(objects, Pod.class).getFirst();
        assertThat(test.getSpec().getContainers()).extracting(c -> String.join(" ", c.getArgs()))
                .as("a public read of the API, and the portal's home page, both through the gateway")
                .anySatisfy(args -> assertThat(args).contains("kizuna-gateway:8080/api/"))
                .anySatisfy(args -> assertThat(args).contains("kizuna-gateway:8080/)").contains("lang=\"ja\""));
        assertThat(test.getMetadata().getLabels()).containsEntry("kizuna.city/helm-test", "true");
        NetworkPolicy gateway = all(objects, NetworkPolicy.class).stream()
                .filter(np -> np.getMetadata().getName().equals("kizuna-gateway")).findFirst().orElseThrow();
        assertThat(gateway.getSpec().getIngress()).anyMatch(rule -> rule.getFrom().stream()
                .anyMatch(peer -> peer.getPodSelector() != null
                        && selects(peer.getPodSelector().getMatchLabels(), test.getMetadata().getLabels())));
    }

    @Test
    void theNotesTellTheOperatorWhatToDoNext() {
        String notes = new Helm(CHART).install().withName("kizuna").withNamespace("kizuna").withKubeVersion(KUBE_VERSION)
                .withDryRunOption(DryRun.CLIENT).clientOnly().call().getOutput();

        assertThat(notes).contains("rollout status", "helm test kizuna -n kizuna", "docs/operations.md",
                "https://kizuna.city.aizuwakamatsu.example/api/kpi/policy-fields", "https://kizuna.city.aizuwakamatsu.example/",
                "Secret \"kizuna-web-client\" (key \"client-secret\")", "rollout restart deployment/kizuna-web");
    }

    @Test
    void theChartDeploysTheImagesTheBuildMakes() throws IOException {
        String parent = Files.readString(ROOT.resolve("pom.xml"));
        String tag = between(parent, "<kizuna.image.tag>", "</kizuna.image.tag>");
        String registry = between(parent, "<kizuna.image.registry>", "</kizuna.image.registry>");
        String values = Files.readString(CHART.resolve("values.yaml"));
        Map<String, String> modules = Map.of("gateway", "gateway", "organization-registry", "services/organization-registry",
                "kpi-evaluation", "services/kpi-evaluation", "subsidy-budget", "services/subsidy-budget",
                "events-workshops", "services/events-workshops", "web", "web");
        String makefile = Files.readString(ROOT.resolve("Makefile"));

        assertThat(Files.readString(CHART.resolve("Chart.yaml"))).contains("appVersion: \"" + tag + "\"");
        assertThat(values).contains("imageTag: \"" + tag + "\"", "imageRegistry: " + registry);
        for (var module : modules.entrySet()) {
            String pom = Files.readString(ROOT.resolve(module.getValue()).resolve("pom.xml"));
            assertThat(pom).contains("jib-maven-plugin", "<kizuna.image.name>" + module.getKey() + "</kizuna.image.name>");
            assertThat(values).contains("repository: " + module.getKey());
        }
        assertThat(between(makefile, "IMAGE_MODULES := ", "\n").split(",")).as("make images builds every image the chart deploys")
                .containsExactlyInAnyOrderElementsOf(modules.values());
    }

    static String between(String text, String start, String end) {
        int from = text.indexOf(start) + start.length();
        return text.substring(from, text.indexOf(end, from));
    }

    static void copyChart(Path target) throws IOException {
        try (Stream<Path> files = Files.walk(CHART)) {
            for (Path file : files.toList()) {
                Path to = target.resolve(CHART.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(file, to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
