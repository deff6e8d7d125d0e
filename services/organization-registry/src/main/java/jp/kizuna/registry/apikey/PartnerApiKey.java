package jp.kizuna.registry.apikey;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import jp.kizuna.platform.contracts.ApiKeys;
import jp.kizuna.platform.outbox.AggregateRoot;
import jp.kizuna.platform.security.Actor;
import jp.kizuna.platform.web.ProblemException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An API key of a partner organization: who it stands for, what it may do, and its hash; the key
 * itself is shown once when it is issued and never stored. Revoked keys stay on record.
 */
@Document("api_keys")
public class PartnerApiKey extends AggregateRoot {

    @Id
    private String id;
    @Indexed
    private String organizationId;
    private String label;
    private Set<ApiKeyScope> scopes;
    @Indexed(unique = true)
    private String secretSha256;
    private String displayPrefix;
    private Instant expiresAt;
    private ApiKeyStatus status;
    private String issuedBy;
    private String issuedByName;
    private Instant issuedAt;
    private String revokedBy;
    private String revokedByName;
    private Instant revokedAt;
    private String revocationReason;

    protected PartnerApiKey() {
    }

    public static PartnerApiKey issue(ApiKeySecret secret, String organizationId, String label, Set<ApiKeyScope> scopes,
                                      Instant expiresAt, Actor by, Instant now) {
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            throw ProblemException.ruleViolated("expiresAt " + expiresAt + " is not in the future.");
        }
        PartnerApiKey key = new PartnerApiKey();
        key.id = secret.keyId();
        key.organizationId = organizationId;
        key.label = label.strip();
        key.scopes = EnumSet.copyOf(scopes);
        key.secretSha256 = ApiKeys.hash(secret.key());
        key.displayPrefix = secret.displayPrefix();
        key.expiresAt = expiresAt;
        key.status = ApiKeyStatus.ACTIVE;
        key.issuedBy = by.subject();
        key.issuedByName = by.name();
        key.issuedAt = now;
        key.raise(new ApiKeyIssued(key.id, key.snapshot(), key.issuedBy, now));
        return key;
    }

    /** Revokes the key; revoking a revoked key changes nothing and tells nobody again. */
    public boolean revoke(String reason, Actor by, Instant now) {
        if (status == ApiKeyStatus.REVOKED) {
            return false;
        }
        status = ApiKeyStatus.REVOKED;
        revokedBy = by.subject();
        revokedByName = by.name();
        revokedAt = now;
        revocationReason = reason == null || reason.isBlank() ? null : reason.strip();
        raise(new ApiKeyRevoked(id, snapshot(), revokedBy, revocationReason, now));
        return true;
    }

    ApiKeySnapshot snapshot() {
        return new ApiKeySnapshot(id, organizationId, scopes.stream().map(ApiKeyScope::claim).sorted().toList(),
                secretSha256, status, expiresAt);
    }

    public String id() {
        return id;
    }

    public String organizationId() {
        return organizationId;
    }

    public String label() {
        return label;
    }

    public Set<ApiKeyScope> scopes() {
        return scopes;
    }

    public String displayPrefix() {
        return displayPrefix;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public ApiKeyStatus status() {
        return status;
    }

    public String issuedBy() {
        return issuedBy;
    }

    /** The display name of who issued it; its subject for keys issued before display names were kept. */
    public String issuedByName() {
        return Actor.nameOr(issuedByName, issuedBy);
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public String revokedBy() {
        return revokedBy;
    }

    /** The display name of who revoked it; its subject for keys revoked before display names were kept. */
    public String revokedByName() {
        return Actor.nameOr(revokedByName, revokedBy);
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    public String revocationReason() {
        return revocationReason;
    }
}
