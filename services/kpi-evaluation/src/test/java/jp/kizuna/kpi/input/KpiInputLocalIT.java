package jp.kizuna.kpi.input;

import jp.kizuna.platform.testing.LocalInfrastructure;
import jp.kizuna.platform.testing.OpenApiStandards;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link KpiInputSpec} on a real in-JVM Kafka broker and mongo-java-server. */
class KpiInputLocalIT extends KpiInputSpec {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        LocalInfrastructure.register(registry);
    }

    /**
     * Once here, not in the containers twin: the document does not depend on where Kafka and MongoDB come from.
     * Redocly, Spectral and OpenAPI Generator (Java, TypeScript) find no error in it.
     */
    @Test
    void theOpenApiDocumentPassesTheLintersAndGeneratesClients() {
        OpenApiStandards.check("kpi-evaluation", api.get("/v3/api-docs").body());
    }
}
