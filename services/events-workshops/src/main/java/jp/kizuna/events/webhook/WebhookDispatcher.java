package jp.kizuna.events.webhook;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jp.kizuna.events.webhook.WebhookDelivery.Attempt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Sends the recorded deliveries, on threads of its own so that nothing here ever holds up a sign-up
 * or a listener. Each endpoint has its own queue: one virtual thread at a time works through its due
 * deliveries in order, so a slow or failing endpoint occupies only its own thread and its own
 * timeouts, and every other endpoint's deliveries go on. A failed attempt is retried with exponential
 * backoff and jitter until {@code giveUpAfter} after the first attempt; an endpoint whose attempts have
 * all failed for {@code pauseAfter} is paused with the reason. Deliveries are taken under a lease, so
 * several replicas share the work, and one whose sender died is sent again when the lease ends.
 */
@Component
class WebhookDispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);
    private static final Duration PURGE_INTERVAL = Duration.ofHours(1);

    private final DeliveryStore deliveries;
    private final WebhookSubscriptionRepository subscriptions;
    private final MongoTemplate mongo;
    private final WebhookProperties properties;
    private final Clock clock;
    private final Backoff backoff;
    private final MeterRegistry meters;
    /** Endpoints being worked on in this process; TRUE when new work came in meanwhile. */
    private final ConcurrentHashMap<String, Boolean> draining = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicBoolean lookQueued = new java.util.concurrent.atomic.AtomicBoolean();
    private final Counter paused;

    private volatile boolean running;
    private ScheduledExecutorService ticker;
    private ExecutorService workers;
    private WebhookSender sender;

    WebhookDispatcher(DeliveryStore deliveries, WebhookSubscriptionRepository subscriptions, MongoTemplate mongo,
                      WebhookProperties properties, Clock clock, MeterRegistry meters) {
        this.deliveries = deliveries;
        this.subscriptions = subscriptions;
        this.mongo = mongo;
        this.properties = properties;
        this.clock = clock;
        this.backoff = new Backoff(properties.firstRetry(), properties.maxRetryInterval(), () -> ThreadLocalRandom.current().nextDouble());
        this.meters = meters;
        this.paused = Counter.builder("kizuna.webhooks.endpoints.paused")
                .description("Endpoints paused by the dispatcher after failing every delivery for the pause period").register(meters);
    }

    @Override
    public synchronized void start() {
        workers = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("webhook-", 0).factory());
        sender = new WebhookSender(properties, workers, clock);
        ticker = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("webhook-dispatcher").daemon().factory());
        running = true;
        ticker.scheduleWithFixedDelay(this::tick, 0, properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
        ticker.scheduleWithFixedDelay(this::purge, PURGE_INTERVAL.toMillis(), PURGE_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        running = false;
        ticker.shutdownNow();
        workers.shutdownNow();
        try {
            workers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            sender.close();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** New deliveries were recorded: look now instead of at the next poll. */
    void wake() {
        ScheduledExecutorService current = ticker;
        // one look waits at a time however many deliveries are recorded meanwhile (a rush records thousands)
        if (running && current != null && lookQueued.compareAndSet(false, true)) {
            try {
                current.execute(() -> {
                    lookQueued.set(false);
                    tick();
                });
            } catch (java.util.concurrent.RejectedExecutionException e) {
                lookQueued.set(false);
                // stopping; the next start looks anyway
            }
        }
    }

    private void tick() {
        try {
            for (String endpoint : deliveries.endpointsWithDueDeliveries(clock.instant())) {
                if (draining.putIfAbsent(endpoint, Boolean.FALSE) == null) {
                    workers.execute(() -> drain(endpoint));
                } else {
                    draining.replace(endpoint, Boolean.FALSE, Boolean.TRUE);
                }
            }
        } catch (RuntimeException e) {
            log.warn("Could not look for due webhook deliveries (tried again in {}): {}", properties.pollInterval(), e.toString());
        } catch (Error e) {
            log.error("Webhook dispatcher tick failed", e);
        }
    }

    private void drain(String endpoint) {
        boolean finished = false;
        try {
            do {
                drainOnce(endpoint);
            } while (running && !draining.remove(endpoint, Boolean.FALSE) && draining.replace(endpoint, Boolean.TRUE, Boolean.FALSE));
            finished = true;
        } finally {
            // a drain that stopped on a failure lets the next tick start the endpoint again
            if (!running || !finished) {
                draining.remove(endpoint);
            }
        }
    }

    private void drainOnce(String endpoint) {
        try {
            while (running) {
                Optional<WebhookSubscription> subscription = subscriptions.findById(endpoint);
                if (subscription.isEmpty() || subscription.get().status() != WebhookSubscription.Status.ACTIVE) {
                    return;
                }
                Instant now = clock.instant();
                Optional<WebhookDelivery> next = deliveries.take(endpoint, now, now.plus(properties.lease()));
                if (next.isEmpty()) {
                    return;
                }
                deliver(subscription.get(), next.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.warn("Webhook deliveries of endpoint {} stopped for now (tried again in {}): {}", endpoint,
                    properties.pollInterval(), e.toString());
        }
    }

    private void deliver(WebhookSubscription subscription, WebhookDelivery delivery) throws InterruptedException {
        Attempt attempt;
        try {
            attempt = sender.send(subscription.url(), delivery.webhookId(), delivery.body(), subscription.signingSecrets(clock.instant()));
        } catch (InterruptedException e) {
            deliveries.release(delivery);
            throw e;
        }
        String outcome = attempt.succeeded() ? "delivered" : attempt.statusCode() != null ? "rejected" : "no-answer";
        Timer.builder("kizuna.webhooks.attempts").description("Calls of partner endpoints, by outcome")
                .tag("outcome", outcome).register(meters).record(Duration.ofMillis(attempt.latencyMillis()));
        deliveries.log(DeliveryStore.logEntry(delivery, attempt, attempt.at().plus(properties.retention())));
        if (attempt.succeeded()) {
            deliveries.delivered(delivery, attempt);
            count("delivered");
            mongo.updateFirst(Query.query(Criteria.where("_id").is(subscription.id()).and("failingSince").ne(null)),
                    new Update().unset("failingSince"), WebhookSubscription.class);
            return;
        }
        Instant first = delivery.firstAttemptAt() == null ? attempt.at() : delivery.firstAttemptAt();
        Instant next = attempt.at().plus(backoff.after(delivery.attempts() + 1));
        if (next.isAfter(first.plus(properties.giveUpAfter()))) {
            deliveries.failed(delivery, attempt, null);
            count("failed");
            log.info("Webhook delivery {} to endpoint {} failed for good after {} attempts", delivery.id(), subscription.id(),
                    delivery.attempts() + 1);
        } else {
            deliveries.failed(delivery, attempt, next);
            count("retrying");
        }
        failing(subscription, attempt);
    }

    private void count(String outcome) {
        Counter.builder("kizuna.webhooks.deliveries").description("Webhook deliveries by what became of them after an attempt")
                .tag("outcome", outcome).register(meters).increment();
    }

    /** Starts the endpoint's run of failures, or pauses it when the run has lasted the pause period. */
    private void failing(WebhookSubscription subscription, Attempt attempt) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(subscription.id()).and("failingSince").is(null)),
                new Update().set("failingSince", attempt.at()), WebhookSubscription.class);
        Instant since = subscription.failingSince() == null ? attempt.at() : subscription.failingSince();
        if (!since.plus(properties.pauseAfter()).isAfter(attempt.at())) {
            String last = attempt.statusCode() != null ? "HTTP " + attempt.statusCode() : attempt.error();
            WebhookSubscription.Pause pause = new WebhookSubscription.Pause(
                    "every delivery failed since " + since + " (last: " + last + ")", attempt.at(), true);
            long changed = mongo.updateFirst(Query.query(Criteria.where("_id").is(subscription.id())
                            .and("status").is(WebhookSubscription.Status.ACTIVE).and("failingSince").lte(since)),
                    new Update().set("status", WebhookSubscription.Status.PAUSED).set("pause", pause)
                            .set("changedAt", attempt.at()).inc("version", 1), WebhookSubscription.class).getModifiedCount();
            if (changed > 0) {
                paused.increment();
                log.warn("Webhook endpoint {} of organization {} paused: {}", subscription.id(), subscription.organizationId(),
                        pause.reason());
            }
        }
    }

    private void purge() {
        try {
            long removed = deliveries.purgeExpired(clock.instant());
            if (removed > 0) {
                log.info("Removed {} webhook deliveries and log entries past their retention", removed);
            }
        } catch (RuntimeException e) {
            log.warn("Could not remove expired webhook deliveries: {}", e.toString());
        }
    }
}
