package jp.kizuna.events.webhook;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the partner webhooks ({@code kizuna.events.webhooks.*}, each also an environment
 * variable such as {@code KIZUNA_EVENTS_WEBHOOKS_ALLOW_HTTP_LOOPBACK}).
 *
 * @param allowHttpLoopback   whether an endpoint may be on a loopback address, over plain HTTP (on in the local
 *                            stack, off in a cluster: there every endpoint is HTTPS on a public address)
 * @param allowPrivateAddresses whether endpoints may resolve to addresses that are not public (private ranges,
 *                            link-local, unique-local); off: deliveries never reach into the cluster or the city's network
 * @param pollInterval        how often the dispatcher looks for due deliveries besides being woken by new ones;
 *                            bounds the delay of retries and of deliveries recorded by another replica
 * @param connectTimeout      the longest wait for a connection to an endpoint
 * @param requestTimeout      the longest wait for an endpoint's whole answer
 * @param maxResponseBytes    how much of an endpoint's answer the delivery log keeps
 * @param firstRetry          the wait before the first retry; each further one waits twice as long, with jitter
 * @param maxRetryInterval    the longest wait between two attempts
 * @param giveUpAfter         how long after its first attempt a delivery is retried before it is marked failed
 * @param pauseAfter          how long an endpoint may fail every delivery before it is paused
 * @param lease               how long a dispatcher holds a delivery it is sending; a dispatcher that died
 *                            mid-delivery leaves it to be sent again after this
 * @param retention           how long deliveries and the delivery log are kept (also what a replay can reach back to)
 * @param maxRotationOverlap  the longest time an old secret may keep signing after a rotation
 * @param maxSubscriptionsPerOrganization how many endpoints one organization may register
 */
@ConfigurationProperties("kizuna.events.webhooks")
public record WebhookProperties(
        @DefaultValue("false") boolean allowHttpLoopback,
        @DefaultValue("false") boolean allowPrivateAddresses,
        @DefaultValue("1s") Duration pollInterval,
        @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("10s") Duration requestTimeout,
        @DefaultValue("2048") int maxResponseBytes,
        @DefaultValue("5s") Duration firstRetry,
        @DefaultValue("4h") Duration maxRetryInterval,
        @DefaultValue("1d") Duration giveUpAfter,
        @DefaultValue("1d") Duration pauseAfter,
        @DefaultValue("1m") Duration lease,
        @DefaultValue("30d") Duration retention,
        @DefaultValue("7d") Duration maxRotationOverlap,
        @DefaultValue("20") int maxSubscriptionsPerOrganization) {
}
