package jp.kizuna.events.registration;

import jp.kizuna.platform.testing.LocalInfrastructure;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link RegistrationSpec} on a real in-JVM Kafka broker and mongo-java-server. */
class RegistrationLocalIT extends RegistrationSpec {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        LocalInfrastructure.register(registry);
    }
}
