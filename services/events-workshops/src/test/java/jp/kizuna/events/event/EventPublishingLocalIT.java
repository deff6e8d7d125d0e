package jp.kizuna.events.event;

import jp.kizuna.platform.testing.LocalInfrastructure;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link EventPublishingSpec} on a real in-JVM Kafka broker and mongo-java-server. */
class EventPublishingLocalIT extends EventPublishingSpec {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        LocalInfrastructure.register(registry);
    }
}
