package jp.kizuna.registry.membership;

import jp.kizuna.platform.testing.LocalInfrastructure;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link MembershipAndPlacementSpec} on a real in-JVM Kafka broker and mongo-java-server. */
class MembershipAndPlacementLocalIT extends MembershipAndPlacementSpec {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        LocalInfrastructure.register(registry);
    }
}
