package jp.kizuna.kpi.input;

import jp.kizuna.platform.testing.LocalInfrastructure;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link KpiInputSpec} on a real in-JVM Kafka broker and mongo-java-server. */
class KpiInputLocalIT extends KpiInputSpec {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        LocalInfrastructure.register(registry);
    }
}
