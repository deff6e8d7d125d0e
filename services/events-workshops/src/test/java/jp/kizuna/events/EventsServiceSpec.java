package jp.kizuna.events;

import jp.kizuna.platform.contracts.Topics;
import jp.kizuna.platform.testing.ApiClient;
import jp.kizuna.platform.testing.TestEventPublisher;
import jp.kizuna.platform.testing.TestSecurityConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The events service on a random port with the test token issuer, a client for its API, and a
 * publisher standing in for the registry's organization events.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestSecurityConfiguration.class)
public abstract class EventsServiceSpec {

    @LocalServerPort
    protected int port;

    @Value("${spring.kafka.bootstrap-servers}")
    protected String bootstrapServers;

    protected ApiClient api;
    protected TestEventPublisher registry;
    protected EventsTestSupport support;

    @BeforeEach
    void connect() {
        api = new ApiClient("http://localhost:" + port);
        registry = new TestEventPublisher(bootstrapServers, "/kizuna/organization-registry").ensureTopic(Topics.REGISTRY_ORGANIZATION);
        support = new EventsTestSupport(api, registry);
    }

    @AfterEach
    void disconnect() {
        registry.close();
    }
}
