package jp.kizuna.events.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jp.kizuna.events.webhook.WebhookDelivery.Attempt;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.io.ModalCloseable;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * One HTTP call to an endpoint: a POST of the structured CloudEvent with the Standard Webhooks
 * headers, a connection within {@code connectTimeout}, the whole answer within {@code requestTimeout}
 * (a response timeout on the socket, and a deadline on the whole call that also stops an answer that
 * trickles in), no redirects followed, and only the first {@code maxResponseBytes} of the answer read.
 *
 * <p>The client is Apache HttpClient 5 with {@link EndpointAddresses} as its only name resolver: the
 * addresses a connection goes to are exactly the ones that were checked, in the same lookup (no DNS
 * rebinding between a check and the connect). TLS still verifies the certificate against the URL's host
 * name, which is also the name sent in SNI. No proxy, cookie, authentication or retry of the client's own.
 */
class WebhookSender implements AutoCloseable {

    static final String CONTENT_TYPE = "application/cloudevents+json; charset=utf-8";
    private static final String USER_AGENT = "Kizuna-Webhooks/1";
    private static final int MAX_CONNECTIONS = 1_000;

    private final PoolingHttpClientConnectionManager connections;
    private final CloseableHttpClient http;
    private final ExecutorService calls;
    private final Clock clock;
    private final Duration requestTimeout;
    private final int maxResponseBytes;

    WebhookSender(WebhookProperties properties, ExecutorService calls, Clock clock) {
        this(properties, calls, clock, new EndpointAddresses(properties.allowHttpLoopback(), properties.allowPrivateAddresses()));
    }

    WebhookSender(WebhookProperties properties, ExecutorService calls, Clock clock, EndpointAddresses addresses) {
        this.connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setDnsResolver(addresses)
                .setTlsSocketStrategy(DefaultClientTlsStrategy.createSystemDefault())
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(properties.connectTimeout()))
                        .setSocketTimeout(Timeout.of(properties.requestTimeout()))
                        .setTimeToLive(TimeValue.ofMinutes(5))
                        .build())
                // each endpoint has at most one call in flight (its queue); many endpoints may share a host
                .setMaxConnPerRoute(MAX_CONNECTIONS)
                .setMaxConnTotal(MAX_CONNECTIONS)
                .build();
        this.http = HttpClients.custom()
                .setConnectionManager(connections)
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setRedirectsEnabled(false)
                        .setResponseTimeout(Timeout.of(properties.requestTimeout()))
                        .setConnectionRequestTimeout(Timeout.of(properties.connectTimeout()))
                        .build())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableAuthCaching()
                .disableContentCompression()
                .evictIdleConnections(TimeValue.ofSeconds(30))
                .setUserAgent(USER_AGENT)
                .build();
        this.calls = calls;
        this.clock = clock;
        this.requestTimeout = properties.requestTimeout();
        this.maxResponseBytes = properties.maxResponseBytes();
    }

    /** Sends, signed with each of the secrets; the outcome, never an exception (an interrupt aside). */
    Attempt send(String url, String webhookId, String body, List<String> secrets) throws InterruptedException {
        Instant at = clock.instant();
        long timestamp = at.getEpochSecond();
        HttpPost request;
        try {
            request = new HttpPost(URI.create(url));
        } catch (IllegalArgumentException e) {
            return new Attempt(at, null, 0, null, "the URL cannot be called: " + e.getMessage());
        }
        request.setHeader("Content-Type", CONTENT_TYPE);
        request.setHeader("webhook-id", webhookId);
        request.setHeader("webhook-timestamp", Long.toString(timestamp));
        request.setHeader("webhook-signature", WebhookSignatures.header(secrets, webhookId, timestamp, body));
        request.setEntity(new ByteArrayEntity(body.getBytes(StandardCharsets.UTF_8), null));
        long started = System.nanoTime();
        Future<Attempt> call = calls.submit(() -> exchange(request, at, started));
        try {
            return call.get(requestTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            request.cancel();
            call.cancel(true);
            return new Attempt(at, null, elapsed(started), null, "no complete answer within " + requestTimeout.toSeconds() + " s");
        } catch (ExecutionException e) {
            return new Attempt(at, null, elapsed(started), null, describe(e.getCause()));
        } catch (InterruptedException e) {
            request.cancel();
            call.cancel(true);
            throw e;
        }
    }

    private Attempt exchange(HttpPost request, Instant at, long started) throws IOException {
        ClassicHttpResponse response;
        try {
            response = http.executeOpen(null, request, null);
        } catch (IOException e) {
            return new Attempt(at, null, elapsed(started), null, describe(e));
        }
        CloseMode close = CloseMode.IMMEDIATE;
        try {
            HttpEntity entity = response.getEntity();
            byte[] start = new byte[0];
            if (entity == null) {
                close = CloseMode.GRACEFUL;
            } else {
                InputStream answer = entity.getContent();
                start = answer.readNBytes(maxResponseBytes);
                // an answer read to its end leaves the connection for the next call; a longer one is cut off
                if (start.length < maxResponseBytes || answer.read() < 0) {
                    close = CloseMode.GRACEFUL;
                }
            }
            return new Attempt(at, response.getCode(), elapsed(started), text(start), null);
        } catch (IOException e) {
            return new Attempt(at, response.getCode(), elapsed(started), null, describe(e));
        } finally {
            if (response instanceof ModalCloseable closeable) {
                closeable.close(close);
            } else {
                response.close();
            }
        }
    }

    @Override
    public void close() {
        http.close(CloseMode.IMMEDIATE);
        connections.close(CloseMode.IMMEDIATE);
    }

    private static String text(byte[] bytes) {
        if (bytes.length == 0) {
            return null;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(java.nio.ByteBuffer.wrap(bytes)).toString()
                    .replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "");
        } catch (java.nio.charset.CharacterCodingException e) {
            return null;
        }
    }

    private static long elapsed(long started) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    }

    private static String describe(Throwable failure) {
        if (failure instanceof EndpointAddresses.Refused refused) {
            return refused.getMessage();
        }
        String kind = switch (failure) {
            case org.apache.hc.client5.http.ConnectTimeoutException ignored -> "no connection within the connect timeout";
            case java.net.SocketTimeoutException ignored -> "no answer within the timeout";
            case java.net.ConnectException ignored -> "connection refused";
            case java.net.UnknownHostException ignored -> "the host name does not resolve";
            case javax.net.ssl.SSLException ignored -> "TLS failed";
            default -> "the call failed";
        };
        String message = failure.getMessage();
        return message == null || message.isBlank() ? kind : kind + ": " + message.substring(0, Math.min(300, message.length()));
    }
}
