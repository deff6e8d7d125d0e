package jp.kizuna.subsidy.input;

import jp.kizuna.platform.testing.LocalInfrastructure;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link SubsidyInputSpec} on a real in-JVM Kafka broker and mongo-java-server. */
class SubsidyInputLocalIT extends SubsidyInputSpec {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        LocalInfrastructure.register(registry);
    }
}
