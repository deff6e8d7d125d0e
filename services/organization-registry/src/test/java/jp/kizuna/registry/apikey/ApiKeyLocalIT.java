package jp.kizuna.registry.apikey;

import jp.kizuna.platform.testing.LocalInfrastructure;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link ApiKeySpec} on a real in-JVM Kafka broker and mongo-java-server. */
class ApiKeyLocalIT extends ApiKeySpec {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        LocalInfrastructure.register(registry);
    }
}
