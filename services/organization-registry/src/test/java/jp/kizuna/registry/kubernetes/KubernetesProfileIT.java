package jp.kizuna.registry.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import jp.kizuna.platform.testing.ApiClient;
import jp.kizuna.platform.testing.LocalInfrastructure;
import jp.kizuna.platform.testing.TestSecurityConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The registry as it starts in the cluster: with the "kubernetes" profile it reads its
 * configuration from the ConfigMap named after it, through the Kubernetes API (here a mock API
 * server holding what the Helm chart would have created).
 */
@EnableKubernetesMockClient(crud = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.main.cloud-platform=kubernetes",
        "spring.cloud.kubernetes.client.namespace=kizuna",
        "spring.cloud.kubernetes.reload.enabled=false",
        "spring.cloud.kubernetes.client.trust-certs=true",
        "kizuna.registry.seed.enabled=false"})
@ActiveProfiles("kubernetes")
@Import(TestSecurityConfiguration.class)
class KubernetesProfileIT {

    static final String MASTER_URL = "spring.cloud.kubernetes.client.master-url";

    static KubernetesMockServer server;
    static KubernetesClient client;

    @LocalServerPort
    int port;

    @Value("${kizuna.api.description}")
    String description;

    @BeforeAll
    static void theChartHasCreatedTheRegistrysConfigMap() {
        // read while the configuration is loaded, before any test property source exists
        System.setProperty(MASTER_URL, client.getConfiguration().getMasterUrl());
        client.configMaps().inNamespace("kizuna").resource(new ConfigMapBuilder()
                .withNewMetadata().withName("organization-registry").withNamespace("kizuna").endMetadata()
                .withData(Map.of("application.yaml", """
                        kizuna:
                          api:
                            description: 会津若松市 地域運営組織の登録簿（ConfigMap より）
                        """))
                .build()).create();
    }

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        LocalInfrastructure.register(registry);
    }

    @AfterAll
    static void forgetTheMockApi() {
        System.clearProperty(MASTER_URL);
    }

    @Test
    void readsItsConfigurationFromItsConfigMap() {
        assertThat(description).isEqualTo("会津若松市 地域運営組織の登録簿（ConfigMap より）");
        String apiDocs = new ApiClient("http://localhost:" + port).get("/v3/api-docs").body();
        assertThat(apiDocs).contains("ConfigMap より");
    }
}
