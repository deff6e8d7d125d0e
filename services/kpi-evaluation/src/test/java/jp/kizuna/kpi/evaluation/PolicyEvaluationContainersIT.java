package jp.kizuna.kpi.evaluation;

import jp.kizuna.platform.testing.ContainerInfrastructure;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Testcontainers;

/** {@link PolicyEvaluationSpec} on real MongoDB and Kafka images, where Docker exists. */
@Testcontainers(disabledWithoutDocker = true)
class PolicyEvaluationContainersIT extends PolicyEvaluationSpec {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        ContainerInfrastructure.register(registry);
    }
}
