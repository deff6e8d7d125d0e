package jp.kizuna.kpi.evaluation;

import jp.kizuna.platform.testing.LocalInfrastructure;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link PolicyEvaluationSpec} on a real in-JVM Kafka broker and mongo-java-server. */
class PolicyEvaluationLocalIT extends PolicyEvaluationSpec {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        LocalInfrastructure.register(registry);
    }
}
