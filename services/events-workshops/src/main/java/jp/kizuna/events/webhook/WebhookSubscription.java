package jp.kizuna.events.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An organization's endpoint: where its events go, which of them, whether they go now, and the
 * secrets they are signed with. The secrets are kept as they are (signing needs them) and never
 * shown again after the answer that created them.
 */
@Document(WebhookSubscription.COLLECTION)
class WebhookSubscription {

    static final String COLLECTION = "webhook_subscriptions";

    enum Status { ACTIVE, PAUSED }

    /** A secret that signs deliveries until {@code expiresAt} (none for the current one). */
    record Secret(String value, Instant createdAt, Instant expiresAt) {

        boolean signsAt(Instant now) {
            return expiresAt == null || expiresAt.isAfter(now);
        }
    }

    /** Why deliveries stopped: paused by a person, or by the dispatcher after a day of failures. */
    record Pause(String reason, Instant since, boolean automatic) {
    }

    @Id
    private final String id;
    @Indexed
    private final String organizationId;
    private String url;
    private List<String> eventTypes;
    private String description;
    private Status status;
    private Pause pause;
    private List<Secret> secrets;
    /** When the endpoint's current run of failed attempts began; none while its last attempt succeeded. */
    private Instant failingSince;
    private final Instant createdAt;
    private final String createdBy;
    private final String createdByName;
    private Instant changedAt;
    @Version
    private Long version;

    @PersistenceCreator
    WebhookSubscription(String id, String organizationId, String url, List<String> eventTypes, String description, Status status,
                        Pause pause, List<Secret> secrets, Instant failingSince, Instant createdAt, String createdBy,
                        String createdByName, Instant changedAt, Long version) {
        this.id = id;
        this.organizationId = organizationId;
        this.url = url;
        this.eventTypes = List.copyOf(eventTypes);
        this.description = description;
        this.status = status;
        this.pause = pause;
        this.secrets = List.copyOf(secrets);
        this.failingSince = failingSince;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.createdByName = createdByName;
        this.changedAt = changedAt;
        this.version = version;
    }

    static WebhookSubscription create(String id, String organizationId, String url, List<String> eventTypes, String description,
                                      boolean active, String secret, Instant now, String by, String byName) {
        return new WebhookSubscription(id, organizationId, url, eventTypes, description, active ? Status.ACTIVE : Status.PAUSED,
                active ? null : new Pause("paused when registered", now, false), List.of(new Secret(secret, now, null)), null,
                now, by, byName, now, null);
    }

    /** New settings; resuming clears the pause (also one the dispatcher made) and the failure run. */
    boolean change(String newUrl, List<String> newTypes, String newDescription, boolean active, Instant now) {
        boolean changed = !url.equals(newUrl) || !eventTypes.equals(newTypes) || !java.util.Objects.equals(description, newDescription)
                || (status == Status.ACTIVE) != active;
        if (!changed) {
            return false;
        }
        if (active && status == Status.PAUSED) {
            pause = null;
            failingSince = null;
        } else if (!active && status == Status.ACTIVE) {
            pause = new Pause("paused by the organization or the city", now, false);
        }
        url = newUrl;
        eventTypes = List.copyOf(newTypes);
        description = newDescription;
        status = active ? Status.ACTIVE : Status.PAUSED;
        changedAt = now;
        return true;
    }

    /** A new current secret; the one it replaces keeps signing for {@code overlap} (zero: stops at once). */
    void rotate(String newSecret, Duration overlap, Instant now) {
        List<Secret> kept = new ArrayList<>();
        for (Secret secret : secrets) {
            if (!secret.signsAt(now)) {
                continue;
            }
            Instant until = secret.expiresAt() == null ? now.plus(overlap) : secret.expiresAt();
            if (until.isAfter(now)) {
                kept.add(new Secret(secret.value(), secret.createdAt(), until));
            }
        }
        kept.addFirst(new Secret(newSecret, now, null));
        secrets = List.copyOf(kept);
        changedAt = now;
    }

    /** The secrets that sign a delivery made now, the current one first. */
    List<String> signingSecrets(Instant now) {
        return secrets.stream().filter(secret -> secret.signsAt(now)).map(Secret::value).toList();
    }

    String id() {
        return id;
    }

    String organizationId() {
        return organizationId;
    }

    String url() {
        return url;
    }

    List<String> eventTypes() {
        return eventTypes;
    }

    String description() {
        return description;
    }

    Status status() {
        return status;
    }

    Pause pause() {
        return pause;
    }

    List<Secret> secrets() {
        return secrets;
    }

    Instant failingSince() {
        return failingSince;
    }

    Instant createdAt() {
        return createdAt;
    }

    String createdBy() {
        return createdBy;
    }

    String createdByName() {
        return createdByName;
    }

    Instant changedAt() {
        return changedAt;
    }

    Long version() {
        return version;
    }
}
