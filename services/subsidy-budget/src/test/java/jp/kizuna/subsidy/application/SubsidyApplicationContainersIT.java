package jp.kizuna.subsidy.application;

import jp.kizuna.platform.testing.ContainerInfrastructure;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Testcontainers;

/** {@link SubsidyApplicationSpec} on real MongoDB and Kafka images, where Docker exists. */
@Testcontainers(disabledWithoutDocker = true)
class SubsidyApplicationContainersIT extends SubsidyApplicationSpec {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        ContainerInfrastructure.register(registry);
    }
}
