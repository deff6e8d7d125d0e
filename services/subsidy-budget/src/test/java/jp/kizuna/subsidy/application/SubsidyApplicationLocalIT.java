package jp.kizuna.subsidy.application;

import jp.kizuna.platform.testing.LocalInfrastructure;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link SubsidyApplicationSpec} on a real in-JVM Kafka broker and mongo-java-server. */
class SubsidyApplicationLocalIT extends SubsidyApplicationSpec {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        LocalInfrastructure.register(registry);
    }
}
