package jp.kizuna.registry;

import jp.kizuna.platform.testing.LocalInfrastructure;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link DeclaredIndexesSpec} on a real in-JVM Kafka broker and mongo-java-server. */
class DeclaredIndexesLocalIT extends DeclaredIndexesSpec {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        LocalInfrastructure.register(registry);
    }
}
