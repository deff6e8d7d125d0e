package jp.kizuna.subsidy.budget;

import jp.kizuna.platform.testing.LocalInfrastructure;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link ProjectBudgetSpec} on a real in-JVM Kafka broker and mongo-java-server. */
class ProjectBudgetLocalIT extends ProjectBudgetSpec {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        LocalInfrastructure.register(registry);
    }
}
