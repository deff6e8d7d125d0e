package jp.kizuna.events.webhook;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jp.kizuna.events.webhook.WebhookDelivery.Attempt;
import jp.kizuna.events.webhook.WebhookDelivery.Status;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The deliveries and the delivery log in MongoDB, each change one single-document atomic write:
 * recording (idempotent by id), taking a due delivery under a lease, recording an attempt's outcome,
 * queueing again.
 */
@Component
class DeliveryStore {

    private static final String SUBSCRIPTION = "subscriptionId";
    private static final String STATUS = "status";
    private static final String NEXT = "nextAttemptAt";
    private static final String LEASE = "leaseUntil";
    /** How many due deliveries of one endpoint are looked at to find the next one that may go. */
    private static final int CANDIDATES = 50;

    private final MongoTemplate mongo;

    DeliveryStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Records a delivery unless it is recorded already; true when it is new. */
    boolean record(WebhookDelivery delivery) {
        try {
            mongo.insert(delivery);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** The endpoints that have a delivery due now that nobody is sending. */
    List<String> endpointsWithDueDeliveries(Instant now) {
        return mongo.findDistinct(due(now), SUBSCRIPTION, WebhookDelivery.class, String.class);
    }

    /**
     * Takes the next due delivery of one endpoint that may go: the earliest due whose aggregate has no
     * earlier pending delivery for this endpoint (so order per aggregate holds also across retries).
     * Held under a lease until {@code leaseUntil}; another dispatcher does not take it meanwhile.
     */
    Optional<WebhookDelivery> take(String subscriptionId, Instant now, Instant leaseUntil) {
        Query candidates = due(now).addCriteria(Criteria.where(SUBSCRIPTION).is(subscriptionId))
                .with(Sort.by(NEXT, "sequence", "_id")).limit(CANDIDATES);
        for (WebhookDelivery candidate : mongo.find(candidates, WebhookDelivery.class)) {
            if (waitsForAnEarlierOne(candidate)) {
                continue;
            }
            Query unclaimed = Query.query(Criteria.where("_id").is(candidate.id()).and(STATUS).is(Status.PENDING)
                    .orOperator(Criteria.where(LEASE).isNull(), Criteria.where(LEASE).lte(now)));
            WebhookDelivery taken = mongo.findAndModify(unclaimed, new Update().set(LEASE, leaseUntil),
                    FindAndModifyOptions.options().returnNew(true), WebhookDelivery.class);
            if (taken != null) {
                return Optional.of(taken);
            }
        }
        return Optional.empty();
    }

    private boolean waitsForAnEarlierOne(WebhookDelivery candidate) {
        return mongo.exists(Query.query(Criteria.where(SUBSCRIPTION).is(candidate.subscriptionId())
                .and("orderKey").is(candidate.orderKey()).and(STATUS).is(Status.PENDING)
                .and("sequence").lt(candidate.sequence())), WebhookDelivery.class);
    }

    /** The endpoint answered 2xx. */
    void delivered(WebhookDelivery delivery, Attempt attempt) {
        mongo.updateFirst(byId(delivery.id()), outcome(delivery, attempt).set(STATUS, Status.DELIVERED)
                .set("deliveredAt", attempt.at()).unset(LEASE), WebhookDelivery.class);
    }

    /** The attempt failed: try again at {@code nextAttemptAt}, or give up ({@code null}). */
    void failed(WebhookDelivery delivery, Attempt attempt, Instant nextAttemptAt) {
        Update update = outcome(delivery, attempt).unset(LEASE);
        if (nextAttemptAt == null) {
            update.set(STATUS, Status.FAILED);
        } else {
            update.set(NEXT, nextAttemptAt);
        }
        mongo.updateFirst(byId(delivery.id()), update, WebhookDelivery.class);
    }

    /** Gives a delivery whose sender stopped before an answer (shutdown) back at once, for the next dispatcher. */
    void release(WebhookDelivery delivery) {
        mongo.updateFirst(byId(delivery.id()), new Update().unset(LEASE), WebhookDelivery.class);
    }

    private static Update outcome(WebhookDelivery delivery, Attempt attempt) {
        Update update = new Update().inc("attempts", 1).set("lastAttempt", attempt);
        if (delivery.firstAttemptAt() == null) {
            update.set("firstAttemptAt", attempt.at());
        }
        return update;
    }

    void log(DeliveryAttempt attempt) {
        mongo.insert(attempt);
    }

    static DeliveryAttempt logEntry(WebhookDelivery delivery, Attempt attempt, Instant expiresAt) {
        return new DeliveryAttempt(UUID.randomUUID().toString(), delivery.subscriptionId(), delivery.id(), delivery.webhookId(),
                delivery.eventType(), delivery.attempts() + 1, attempt.at(), attempt.statusCode(), attempt.latencyMillis(),
                attempt.response(), attempt.error(), expiresAt);
    }

    /**
     * Queues a delivery of this endpoint again, as a new first attempt now (the same webhook id and body).
     * Empty when it does not exist (any more).
     */
    Optional<WebhookDelivery> queueAgain(String subscriptionId, String deliveryId, Instant now, Instant expiresAt) {
        return Optional.ofNullable(mongo.findAndModify(
                Query.query(Criteria.where("_id").is(deliveryId).and(SUBSCRIPTION).is(subscriptionId)),
                again(now, expiresAt), FindAndModifyOptions.options().returnNew(true), WebhookDelivery.class));
    }

    /**
     * An endpoint was resumed: its waiting deliveries are due now, and the day a delivery is retried
     * for starts again with its next attempt (it would otherwise fail for good at once after a long pause).
     */
    void resume(String subscriptionId, Instant now) {
        mongo.updateMulti(Query.query(Criteria.where(SUBSCRIPTION).is(subscriptionId).and(STATUS).is(Status.PENDING)),
                new Update().set(NEXT, now).unset("firstAttemptAt"), WebhookDelivery.class);
    }

    /** Queues again every delivery of this endpoint of an event that happened at or after {@code since}; how many. */
    long replay(String subscriptionId, Instant since, Instant now, Instant expiresAt) {
        return mongo.updateMulti(Query.query(Criteria.where(SUBSCRIPTION).is(subscriptionId).and("eventTime").gte(since)
                .and("eventType").ne(WebhookEvents.PING)), again(now, expiresAt), WebhookDelivery.class).getModifiedCount();
    }

    private static Update again(Instant now, Instant expiresAt) {
        return new Update().set(STATUS, Status.PENDING).set("attempts", 0).set(NEXT, now).unset("firstAttemptAt")
                .unset("deliveredAt").set("expiresAt", expiresAt);
    }

    Optional<WebhookDelivery> find(String subscriptionId, String deliveryId) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("_id").is(deliveryId).and(SUBSCRIPTION)
                .is(subscriptionId)), WebhookDelivery.class));
    }

    /** A page of an endpoint's deliveries, the latest event first. */
    Page<WebhookDelivery> deliveries(String subscriptionId, Status status, int page, int size) {
        Query query = Query.query(Criteria.where(SUBSCRIPTION).is(subscriptionId));
        if (status != null) {
            query.addCriteria(Criteria.where(STATUS).is(status));
        }
        long total = mongo.count(query, WebhookDelivery.class);
        List<WebhookDelivery> items = mongo.find(query.with(PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "eventTime", "_id"))),
                WebhookDelivery.class);
        return new PageImpl<>(items, PageRequest.of(page, size), total);
    }

    /** A page of an endpoint's delivery log, the latest attempt first. */
    Page<DeliveryAttempt> log(String subscriptionId, int page, int size) {
        Query query = Query.query(Criteria.where(SUBSCRIPTION).is(subscriptionId));
        long total = mongo.count(query, DeliveryAttempt.class);
        List<DeliveryAttempt> items = mongo.find(query.with(PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "at", "_id"))),
                DeliveryAttempt.class);
        return new PageImpl<>(items, PageRequest.of(page, size), total);
    }

    List<DeliveryAttempt> attemptsOf(String deliveryId) {
        return mongo.find(Query.query(Criteria.where("deliveryId").is(deliveryId)).with(Sort.by("at")), DeliveryAttempt.class);
    }

    /** Removes an endpoint's deliveries and log (the endpoint was deleted). */
    void forget(String subscriptionId) {
        mongo.remove(Query.query(Criteria.where(SUBSCRIPTION).is(subscriptionId)), WebhookDelivery.class);
        mongo.remove(Query.query(Criteria.where(SUBSCRIPTION).is(subscriptionId)), DeliveryAttempt.class);
    }

    /**
     * Deletes what has passed its retention. MongoDB's TTL index does the same within a minute; this
     * covers stores without a TTL monitor (the local mongo-java-server) and costs nothing elsewhere.
     */
    long purgeExpired(Instant now) {
        Query expired = Query.query(Criteria.where("expiresAt").lt(now));
        return mongo.remove(expired, WebhookDelivery.class).getDeletedCount()
                + mongo.remove(expired, DeliveryAttempt.class).getDeletedCount();
    }

    private static Query due(Instant now) {
        return Query.query(Criteria.where(STATUS).is(Status.PENDING).and(NEXT).lte(now)
                .orOperator(Criteria.where(LEASE).isNull(), Criteria.where(LEASE).lte(now)));
    }

    private static Query byId(String id) {
        return Query.query(Criteria.where("_id").is(id));
    }
}
