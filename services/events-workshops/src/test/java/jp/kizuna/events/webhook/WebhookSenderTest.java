package jp.kizuna.events.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import jp.kizuna.events.webhook.Receiver.Behaviour;
import jp.kizuna.events.webhook.WebhookDelivery.Attempt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One call of an endpoint against real HTTP servers on loopback: where it may connect (the name resolved
 * once, at connect, and the connection made to exactly the checked address), redirects, the answer limit
 * and the whole-call deadline.
 */
class WebhookSenderTest {

    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String BODY = "{\"specversion\": \"1.0\", \"id\": \"msg-1\"}";
    /** TEST-NET-1 (RFC 5737): public, and never answers. */
    private static final String PUBLIC_BUT_UNREACHABLE = "192.0.2.1";

    private final ExecutorService calls = Executors.newVirtualThreadPerTaskExecutor();
    private final AtomicInteger movedTargetCalls = new AtomicInteger();
    private Receiver receiver;
    private HttpServer odd;

    @BeforeEach
    void startServers() throws IOException {
        receiver = new Receiver();
        odd = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
        odd.setExecutor(calls);
        odd.createContext("/moved", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().set("Location", "/target");
            exchange.sendResponseHeaders(307, -1);
            exchange.close();
        });
        odd.createContext("/target", exchange -> {
            movedTargetCalls.incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        odd.createContext("/huge", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(200, 50_000_000);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write("a".repeat(8192).getBytes(StandardCharsets.US_ASCII));
                out.flush();
                Thread.sleep(30_000);
            } catch (IOException | InterruptedException e) {
                // the sender hung up after the start of the answer, as it should
            }
        });
        odd.createContext("/trickle", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 300; i++) {
                    out.write('.');
                    out.flush();
                    Thread.sleep(100);
                }
            } catch (IOException | InterruptedException e) {
                // the sender gave up at its deadline
            }
        });
        odd.start();
    }

    @AfterEach
    void stopServers() {
        receiver.close();
        odd.stop(0);
        calls.shutdownNow();
    }

    @Test
    void deliversToALoopbackReceiverWhereTheLocalStackAllowsIt() throws Exception {
        String url = receiver.endpoint("fine", Behaviour.ok());
        try (WebhookSender sender = sender(true, Duration.ofSeconds(2))) {
            Attempt attempt = sender.send(url, "msg-1", BODY, List.of(SECRET));

            assertThat(attempt.statusCode()).isEqualTo(200);
            assertThat(attempt.response()).isEqualTo("{\"received\": 1}");
        }
        assertThat(receiver.calls("fine")).singleElement().satisfies(call -> {
            assertThat(call.webhookId()).isEqualTo("msg-1");
            assertThat(call.contentType()).isEqualTo(WebhookSender.CONTENT_TYPE);
            assertThat(call.signature()).startsWith("v1,");
            assertThat(call.body()).isEqualTo(BODY);
        });
    }

    @Test
    void refusesLoopbackOutsideTheLocalStack() throws Exception {
        String url = receiver.endpoint("inside", Behaviour.ok());
        try (WebhookSender sender = sender(false, Duration.ofSeconds(2))) {
            Attempt attempt = sender.send(url, "msg-1", BODY, List.of(SECRET));

            assertThat(attempt.statusCode()).isNull();
            assertThat(attempt.error()).isEqualTo("the host resolves to a loopback address (127.0.0.1)");
        }
        assertThat(receiver.calls("inside")).isEmpty();
    }

    @Test
    void aNameThatRebindsToLoopbackAfterAPublicAnswerIsRefusedAtConnect() throws Exception {
        String url = receiver.endpoint("rebound", Behaviour.ok()).replace("127.0.0.1", "hooks.partner.example");
        AtomicInteger lookups = new AtomicInteger();
        EndpointAddresses rebinding = new EndpointAddresses(host -> lookups.incrementAndGet() == 1
                ? new InetAddress[] {InetAddress.getByName(PUBLIC_BUT_UNREACHABLE)}
                : new InetAddress[] {InetAddress.getLoopbackAddress()}, false, false);
        try (WebhookSender sender = new WebhookSender(properties(false, Duration.ofSeconds(2)), calls, Clock.systemUTC(), rebinding)) {
            Attempt first = sender.send(url, "msg-1", BODY, List.of(SECRET));

            // the one lookup answered the public address, and the connection went there (and got nothing)
            assertThat(lookups).hasValue(1);
            assertThat(first.statusCode()).isNull();
            assertThat(first.error()).doesNotContain("loopback");

            Attempt second = sender.send(url, "msg-1", BODY, List.of(SECRET));

            assertThat(lookups).hasValue(2);
            assertThat(second.error()).isEqualTo("the host resolves to a loopback address (127.0.0.1)");
        }
        assertThat(receiver.calls("rebound")).isEmpty();
    }

    @Test
    void connectsToTheCheckedAddressOfANameWithoutAskingTheSystemResolver() throws Exception {
        String url = receiver.endpoint("named", Behaviour.ok()).replace("127.0.0.1", "hooks.partner.example");
        AtomicInteger lookups = new AtomicInteger();
        EndpointAddresses pinned = new EndpointAddresses(host -> {
            assertThat(host).isEqualTo("hooks.partner.example");
            lookups.incrementAndGet();
            return new InetAddress[] {InetAddress.getLoopbackAddress()};
        }, true, false);
        try (WebhookSender sender = new WebhookSender(properties(true, Duration.ofSeconds(2)), calls, Clock.systemUTC(), pinned)) {
            assertThat(sender.send(url, "msg-1", BODY, List.of(SECRET)).statusCode()).isEqualTo(200);
        }
        assertThat(lookups).hasValue(1);
        assertThat(receiver.calls("named")).hasSize(1);
    }

    @Test
    void doesNotFollowARedirect() throws Exception {
        try (WebhookSender sender = sender(true, Duration.ofSeconds(2))) {
            Attempt attempt = sender.send(odd("/moved"), "msg-1", BODY, List.of(SECRET));

            assertThat(attempt.statusCode()).isEqualTo(307);
            assertThat(attempt.succeeded()).isFalse();
        }
        assertThat(movedTargetCalls).hasValue(0);
    }

    @Test
    void readsOnlyTheStartOfALongAnswerAndHangsUp() throws Exception {
        try (WebhookSender sender = sender(true, Duration.ofSeconds(5))) {
            Attempt attempt = sender.send(odd("/huge"), "msg-1", BODY, List.of(SECRET));

            assertThat(attempt.error()).isNull();
            assertThat(attempt.statusCode()).isEqualTo(200);
            assertThat(attempt.response()).isEqualTo("a".repeat(2048));
        }
    }

    @Test
    void stopsAnAnswerThatTricklesInAtTheWholeCallDeadline() throws Exception {
        try (WebhookSender sender = sender(true, Duration.ofSeconds(1))) {
            Attempt attempt = sender.send(odd("/trickle"), "msg-1", BODY, List.of(SECRET));

            assertThat(attempt.statusCode()).isNull();
            assertThat(attempt.error()).isEqualTo("no complete answer within 1 s");
        }
    }

    @Test
    void saysSoWhenNothingListens() throws Exception {
        int closedPort;
        try (var socket = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        try (WebhookSender sender = sender(true, Duration.ofSeconds(2))) {
            Attempt attempt = sender.send("http://127.0.0.1:" + closedPort + "/hooks", "msg-1", BODY, List.of(SECRET));

            assertThat(attempt.statusCode()).isNull();
            assertThat(attempt.error()).startsWith("connection refused");
        }
    }

    private String odd(String path) {
        return "http://127.0.0.1:" + odd.getAddress().getPort() + path;
    }

    private WebhookSender sender(boolean allowLoopback, Duration requestTimeout) {
        return new WebhookSender(properties(allowLoopback, requestTimeout), calls, Clock.systemUTC());
    }

    private static WebhookProperties properties(boolean allowLoopback, Duration requestTimeout) {
        return new WebhookProperties(allowLoopback, false, Duration.ofSeconds(1), Duration.ofMillis(500), requestTimeout, 2048,
                Duration.ofSeconds(5), Duration.ofHours(4), Duration.ofDays(1), Duration.ofDays(1), Duration.ofMinutes(1),
                Duration.ofDays(30), Duration.ofDays(7), 20);
    }
}
