package jp.kizuna.registry.organization;

import jp.kizuna.platform.testing.LocalInfrastructure;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link RegistryInputSpec} on a real in-JVM Kafka broker and mongo-java-server. */
class RegistryInputLocalIT extends RegistryInputSpec {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        LocalInfrastructure.register(registry);
    }
}
