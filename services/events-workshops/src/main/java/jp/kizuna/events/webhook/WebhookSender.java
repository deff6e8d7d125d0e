package jp.kizuna.events.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jp.kizuna.events.webhook.WebhookDelivery.Attempt;

/**
 * One HTTP call to an endpoint: a POST of the structured CloudEvent with the Standard Webhooks
 * headers, a connection within {@code connectTimeout}, the whole answer within {@code requestTimeout},
 * no redirects followed, and only the first {@code maxResponseBytes} of the answer read. The host's
 * addresses are checked before each call ({@link EndpointAddresses}); the HTTP client resolves the
 * name again when it connects, so a name whose answer changes in between (DNS rebinding) is not
 * caught here: a NetworkPolicy on the service's egress is the complete protection.
 */
class WebhookSender {

    static final String CONTENT_TYPE = "application/cloudevents+json; charset=utf-8";

    private final HttpClient http;
    private final ExecutorService calls;
    private final Clock clock;
    private final Duration requestTimeout;
    private final int maxResponseBytes;
    private final boolean allowLoopback;
    private final boolean allowPrivate;

    WebhookSender(WebhookProperties properties, ExecutorService calls, Clock clock) {
        this.http = HttpClient.newBuilder()
                .connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .executor(calls)
                .build();
        this.calls = calls;
        this.clock = clock;
        this.requestTimeout = properties.requestTimeout();
        this.maxResponseBytes = properties.maxResponseBytes();
        this.allowLoopback = properties.allowHttpLoopback();
        this.allowPrivate = properties.allowPrivateAddresses();
    }

    /** Sends, signed with each of the secrets; the outcome, never an exception (an interrupt aside). */
    Attempt send(String url, String webhookId, String body, List<String> secrets) throws InterruptedException {
        Instant at = clock.instant();
        long timestamp = at.getEpochSecond();
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(url))
                    .timeout(requestTimeout)
                    .header("Content-Type", CONTENT_TYPE)
                    .header("User-Agent", "Kizuna-Webhooks/1")
                    .header("webhook-id", webhookId)
                    .header("webhook-timestamp", Long.toString(timestamp))
                    .header("webhook-signature", WebhookSignatures.header(secrets, webhookId, timestamp, body))
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                    .build();
        } catch (IllegalArgumentException e) {
            return new Attempt(at, null, 0, null, "the URL cannot be called: " + e.getMessage());
        }
        Optional<String> refused = EndpointAddresses.problem(request.uri().getHost(), allowLoopback, allowPrivate);
        if (refused.isPresent()) {
            return new Attempt(at, null, 0, null, refused.get());
        }
        long started = System.nanoTime();
        Future<Attempt> call = calls.submit(() -> exchange(request, at, started));
        try {
            return call.get(requestTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            call.cancel(true);
            return new Attempt(at, null, elapsed(started), null, "no complete answer within " + requestTimeout.toSeconds() + " s");
        } catch (ExecutionException e) {
            return new Attempt(at, null, elapsed(started), null, describe(e.getCause()));
        } catch (InterruptedException e) {
            call.cancel(true);
            throw e;
        }
    }

    private Attempt exchange(HttpRequest request, Instant at, long started) throws IOException, InterruptedException {
        HttpResponse<InputStream> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            return new Attempt(at, null, elapsed(started), null, describe(e));
        }
        try (InputStream answer = response.body()) {
            byte[] start = answer.readNBytes(maxResponseBytes);
            return new Attempt(at, response.statusCode(), elapsed(started), text(start), null);
        }
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
        String kind = switch (failure) {
            case java.net.http.HttpConnectTimeoutException ignored -> "no connection within the connect timeout";
            case java.net.http.HttpTimeoutException ignored -> "no answer within the timeout";
            case java.net.ConnectException ignored -> "connection refused";
            case java.nio.channels.UnresolvedAddressException ignored -> "the host name does not resolve";
            case javax.net.ssl.SSLException ignored -> "TLS failed";
            default -> "the call failed";
        };
        String message = failure.getMessage();
        return message == null || message.isBlank() ? kind : kind + ": " + message.substring(0, Math.min(300, message.length()));
    }
}
