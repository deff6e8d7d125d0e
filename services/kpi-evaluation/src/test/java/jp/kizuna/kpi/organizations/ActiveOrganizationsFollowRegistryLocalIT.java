package jp.kizuna.kpi.organizations;

import jp.kizuna.platform.testing.LocalInfrastructure;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link ActiveOrganizationsFollowRegistrySpec} on a real in-JVM Kafka broker and mongo-java-server. */
class ActiveOrganizationsFollowRegistryLocalIT extends ActiveOrganizationsFollowRegistrySpec {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        LocalInfrastructure.register(registry);
    }
}
