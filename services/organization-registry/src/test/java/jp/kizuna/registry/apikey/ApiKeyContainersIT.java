package jp.kizuna.registry.apikey;

import jp.kizuna.platform.testing.ContainerInfrastructure;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Testcontainers;

/** {@link ApiKeySpec} on real MongoDB and Kafka images, where Docker exists. */
@Testcontainers(disabledWithoutDocker = true)
class ApiKeyContainersIT extends ApiKeySpec {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        ContainerInfrastructure.register(registry);
    }
}
