package jp.kizuna.localauth;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Set;
import java.util.UUID;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import jp.kizuna.localauth.account.OrganizationDirectory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The issuer on a real port of its own with mongo-java-server behind it (one server per test JVM, one
 * database per test class), the demo people seeded, and a register that knows {@link #REGISTERED}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@Import(IssuerTestSupport.KnownOrganizations.class)
public abstract class IssuerTestSupport {

    public static final String SECRET = "test-secret";
    public static final Set<String> REGISTERED = Set.of("ikki", "minato", "oto");
    public static final String WEB_CALLBACK = "http://127.0.0.1:18999/login/oauth2/code/kizuna";

    private static MongoServer mongo;

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void issuer(DynamicPropertyRegistry registry) {
        int port = freePort();
        registry.add("server.port", () -> port);
        registry.add("spring.security.oauth2.authorizationserver.issuer", () -> "http://localhost:" + port);
        registry.add("spring.mongodb.uri", IssuerTestSupport::mongoUri);
        registry.add("spring.mongodb.database", () -> "auth_" + UUID.randomUUID().toString().substring(0, 8));
        registry.add("kizuna.local-auth.client-secret", () -> SECRET);
        registry.add("kizuna.local-auth.web.redirect-uris", () -> WEB_CALLBACK);
        registry.add("kizuna.local-auth.web.post-logout-redirect-uris", () -> "http://127.0.0.1:18999/");
    }

    protected String issuer() {
        return "http://localhost:" + port;
    }

    protected Browser browser() {
        return new Browser(issuer());
    }

    private static synchronized String mongoUri() {
        if (mongo == null) {
            mongo = new MongoServer(new MemoryBackend());
            mongo.bind("127.0.0.1", 0);
            Runtime.getRuntime().addShutdownHook(new Thread(mongo::shutdownNow, "mongo-java-server-stop"));
        }
        InetSocketAddress address = mongo.getLocalAddress();
        return "mongodb://127.0.0.1:" + address.getPort();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port", e);
        }
    }

    /** The register of organizations, as the public API would answer. */
    @TestConfiguration
    static class KnownOrganizations {
        @Bean
        @Primary
        OrganizationDirectory testRegister() {
            return REGISTERED::contains;
        }
    }
}
