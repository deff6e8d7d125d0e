package jp.kizuna.localauth;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Random;
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

    private static final Random RANDOM = new Random();
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

    /**
     * A port the issuer can bind on the loopback address. It is chosen below the ephemeral range
     * (32768 and up on Linux), where the machine's outgoing connections take their ports, so that none of
     * them can take it in the moment between this check and the issuer's start; a busy build machine did.
     */
    public static int freePort() {
        for (int attempt = 0; attempt < 200; attempt++) {
            int candidate = 10_000 + RANDOM.nextInt(20_000);
            try (ServerSocket socket = new ServerSocket()) {
                socket.setReuseAddress(false);
                socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), candidate));
                return candidate;
            } catch (IOException taken) {
                // somebody listens there: try another
            }
        }
        throw new IllegalStateException("no free port between 10000 and 29999 on the loopback address");
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
